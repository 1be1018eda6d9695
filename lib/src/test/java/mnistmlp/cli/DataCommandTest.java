package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mnistmlp.data.DataSources;
import mnistmlp.data.DatasetName;
import mnistmlp.data.IdxWriter;
import mnistmlp.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataCommandTest {
  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Offline sources confined to the temp directory: no real cache, no network, no npm. */
  private DataSources sources() {
    return DataSources.forEnvironment(Map.of(DataSources.OFFLINE_VARIABLE, "1"))
        .withCacheRoot(temp.resolve("cache"))
        .withNpmCommand(List.of(temp.resolve("no-npm").toString()))
        .withDebianFashionDirectory(temp.resolve("no-debian"))
        .withLog(new PrintStream(OutputStream.nullOutputStream()));
  }

  private int run(DataSources sources, String... args) {
    CommandLine cli = DataCommand.commandLine(sources);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void infoPrintsSourceCountsShapesAndClassCounts() throws IOException {
    Path dir = dataset(temp.resolve("d"), 20, 10);
    assertThat(run(sources(), "info", "--data", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("MNIST from the directory (" + dir + "): 20 train, 10 test")
        .contains("train x (20, 784) uint8, t (20,) classes 0..9: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]")
        .contains("test  x (10, 784)");
  }

  @Test
  void infoForFashionUsesTheDebianDirectory() throws IOException {
    Path debian = dataset(temp.resolve("debian"), 20, 10);
    assertThat(run(sources().withDebianFashionDirectory(debian), "info", "--dataset", "fashion")).isZero();
    assertThat(out.toString()).startsWith("Fashion-MNIST from Debian's dataset-fashion-mnist (" + debian + ")");
  }

  @Test
  void aMalformedFileGivesOneLineNamingItAndExit1() throws IOException {
    Path dir = dataset(temp.resolve("bad"), 20, 10);
    Path labels = dir.resolve("t10k-labels-idx1-ubyte.gz");
    IdxWriter.writeLabels(labels, new byte[] {1, 2, 10, 3, 4, 5, 6, 7, 8, 9});
    assertThat(run(sources(), "info", "--data", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("data info: " + labels + ": label 10 at index 2 (labels must be 0..9)\n");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("empty"));
    assertThat(run(sources(), "info", "--data", dir.toString(), "--verbose")).isEqualTo(1);
    assertThat(err.toString()).startsWith("data info: " + dir + ": missing").contains("\tat mnistmlp.");
  }

  @Test
  void fetchWithNothingAvailableExplainsWhatWasTried() {
    assertThat(run(sources(), "fetch")).isEqualTo(1);
    assertThat(err.toString()).startsWith("data fetch: cannot load MNIST; tried: ").contains("To provide the files");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void usageErrorsExit2() {
    assertThat(run(sources(), "info", "--dataset", "cifar")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown dataset 'cifar' (expected mnist or fashion)");
    assertThat(run(sources(), "nonsense")).isEqualTo(2);
    assertThat(run(sources())).isEqualTo(2);
  }

  @Test
  void helpIsEverywhere() {
    assertThat(run(sources(), "--help")).isZero();
    assertThat(run(sources(), "info", "--help")).isZero();
    assertThat(run(sources(), "fetch", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: data info").contains("Usage: data fetch").contains("--dataset");
  }

  @Test
  void registeredInMain() {
    assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("data");
    assertThat(DatasetName.byName("Fashion")).isEqualTo(DatasetName.FASHION);
  }

  private static Path dataset(Path dir, int train, int test) throws IOException {
    Files.createDirectories(dir);
    IdxWriter.writeSet(dir, "train", images(train));
    IdxWriter.writeSet(dir, "t10k", images(test));
    return dir;
  }

  private static ImageSet images(int n) {
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
    }
    return new ImageSet(new byte[n * ImageSet.PIXELS], labels);
  }
}
