package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mnistmlp.data.Batch;
import mnistmlp.data.IdxWriter;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.numpy.Npy;
import mnistmlp.numpy.NpyArray;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile inputs of the hardening review, each as a command on real files: one line on stderr
 * that names the file, key or option and the fault, exit 1 (runtime) or 2 (usage), no stack
 * trace, nothing written.
 */
class BadInputTest {
  @TempDir static Path dir;
  static String params;
  static String batch;
  static String data;

  @BeforeAll
  static void writeFiles() throws Exception {
    params = dir.resolve("P.npz").toString();
    NpzFiles.writeParameters(Path.of(params), TwoLayerNet.mnist(Initialization.BOOK, 1).params());
    batch = dir.resolve("B.npz").toString();
    NpzFilesTest.writeBatch(Path.of(batch), LossAndGradientCommandTest.mnistLikeBatch(2, 1));
    Path idx = Files.createDirectories(dir.resolve("bands"));
    IdxWriter.writeSet(idx, "train", DataCommandsTest.bands(300, 1));
    IdxWriter.writeSet(idx, "t10k", DataCommandsTest.bands(100, 2));
    data = idx.toString();
  }

  // --- .npy / .npz ------------------------------------------------------------------------------

  @Test
  void aZipBombIsRefusedOnceItsArrayIsReadWithoutInflatingTheRest() throws Exception {
    // one deflated entry: a (2, 2) float64 array, then 256 MiB of zeros, four times the heap below
    Path bomb = dir.resolve("bomb.npz");
    try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("W1.npy"));
      zip.write(Npy.toBytes(NpyArray.of(Matrix.zeros(2, 2))));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1_000_000);

    JavaRun run = JavaRun.of("-Xmx64m", "loss", "--params", bomb.toString(), "--batch", batch);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "mnist-mlp loss: " + bomb + ", key 'W1': unexpected bytes after the data of shape (2, 2) of <f8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(1073764994, 2147437309)", "(2147483647, 2147483647, 2147483647)"})
  void aShapeWhoseElementCountOverflowsIsNamedWithItsFileAndKey(String shape) throws Exception {
    Path file = npz("overflow.npz", "W1", npy("<f8", shape, new byte[537_552]));

    CliRun run = CliRun.of("loss", "--params", file.toString(), "--batch", batch);

    assertOneLine(run, 1, "mnist-mlp loss: " + file + ", key 'W1': shape " + shape
        + " holds more values than one array can (at most 2147483647)");
  }

  @Test
  void aShapeThatDeclaresMoreThanTheEntryHoldsIsTruncated() throws Exception {
    Path file = npz("short.npz", "W1", npy("<f8", "(100000, 784)", new byte[784]));
    CliRun run = CliRun.of("loss", "--params", file.toString(), "--batch", batch);
    assertOneLine(run, 1, "mnist-mlp loss: " + file + ", key 'W1': truncated data: shape (100000, 784) of <f8"
        + " needs 627200000 bytes, the file has 784");
  }

  @Test
  void aBatchWithNoRowsIsRefused() throws Exception {
    Path empty = dir.resolve("empty-batch.npz");
    NpzFilesTest.writeBatch(empty, new Batch(Matrix.zeros(0, 784), new int[0]));
    String expected = empty + ", key 'x': shape (0, 784) has no rows; a batch needs at least one image";

    assertOneLine(CliRun.of("loss", "--params", params, "--batch", empty.toString()), 1, "mnist-mlp loss: " + expected);
    for (String method : List.of("naive", "fast", "backprop")) {
      Path out = dir.resolve("G-empty-" + method + ".npz");
      CliRun run = CliRun.of("gradient", "--params", params, "--batch", empty.toString(), "--method", method, "--out", out.toString());
      assertOneLine(run, 1, "mnist-mlp gradient: " + expected);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aBatchWithANonFinitePixelIsRefused() throws Exception {
    Matrix x = Matrix.zeros(2, 784);
    x.data()[784 + 5] = Double.NaN;
    Path nan = dir.resolve("nan-batch.npz");
    NpzFilesTest.writeBatch(nan, new Batch(x, new int[] {1, 2}));
    assertOneLine(CliRun.of("loss", "--params", params, "--batch", nan.toString()), 1,
        "mnist-mlp loss: " + nan + ", key 'x': value NaN at row 1 is not a finite number");
  }

  // --- CLI options ------------------------------------------------------------------------------

  @Test
  void sizesThatWouldBlowUpMemoryAreUsageErrorsNamingTheOption() {
    assertUsageError("'--batch-size': must be at most 60000, got 2000000000", "train", "--data", data, "--batch-size", "2000000000", "--iters", "1");
    assertUsageError("'--batch-size': must be at most 60000, got 2000000000", "seed-run", "--data", data, "--batch-size", "2000000000");
    assertUsageError("'--hidden': must be at most 10000, got 100000000", "train", "--data", data, "--hidden", "100000000");
    assertUsageError("'--hidden': must be at most 10000, got 2000000000", "train", "--data", data, "--hidden", "2000000000");
    assertUsageError("'--hidden'", "train", "--data", data, "--hidden", "99999999999");
    assertUsageError("'--iters': must be at most 1000000, got 2000000000", "train", "--data", data, "--iters", "2000000000");
    assertUsageError("'--steps': must be at most 1000000", "seed-run", "--data", data, "--steps", "2000000000");
  }

  @Test
  void epochsTimesIterationsBeyondTheLimitIsAUsageErrorNamingEpochs() {
    assertUsageError("'--epochs': must be at most 1000000, got 2000000000", "train", "--data", data, "--batch-size", "1", "--epochs", "2000000000");
    // 300 training images in batches of 1: 300 iterations an epoch
    assertUsageError("'--epochs': 1000000 epochs of 300 iterations are more than 1000000 iterations",
        "train", "--data", data, "--batch-size", "1", "--epochs", "1000000");
  }

  @Test
  void anUnknownDatasetIsAUsageErrorEverywhere() {
    String expected = "'--data': 'foo' is neither mnist, fashion nor an existing directory";
    assertUsageError(expected, "train", "--data", "foo");
    assertUsageError(expected, "seed-run", "--data", "foo");
    assertUsageError(expected, "evaluate", "--params", params, "--data", "foo");
    assertUsageError("'--data': '" + dir.resolve("nowhere") + "' is neither", "train", "--data", dir.resolve("nowhere").toString());
  }

  @Test
  void outputPathsAreCheckedBeforeTheWorkNamingThePathGiven() throws Exception {
    Path file = Files.writeString(dir.resolve("hostname"), "a file, not a directory");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    String underFile = file.resolve("p.npz").toString();

    for (String option : List.of("--save", "--history")) {
      CliRun notADirectory = CliRun.of("train", "--data", data, "--iters", "1", option, underFile);
      assertUsageError(notADirectory, "'" + option + "': cannot write " + underFile + ": " + file + " is not a directory");
      assertThat(notADirectory.err()).doesNotContain("training"); // refused before the work
      assertUsageError(CliRun.of("train", "--data", data, "--iters", "1", option, folder.toString()),
          "'" + option + "': " + folder + " is a directory");
    }
    String[] inputs = {"gradient", "--params", params, "--batch", batch, "--out"};
    assertUsageError(CliRun.of(concat(inputs, underFile)), "'--out': cannot write " + underFile + ": " + file + " is not a directory");
    assertUsageError(CliRun.of(concat(inputs, folder.toString())), "'--out': " + folder + " is a directory");
    assertThat(Files.list(folder)).isEmpty();

    Path pipe = dir.resolve("pipe");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is needed");
    assertUsageError(CliRun.of(concat(inputs, pipe.toString())), "'--out': " + pipe + " is not a regular file");
    assertThat(Files.isRegularFile(pipe)).isFalse(); // a rename over it would have replaced it
  }

  @Test
  void missingDirectoriesOfAnOutputAreCreated() {
    Path saved = dir.resolve("runs/today/p.npz");
    CliRun run = CliRun.of("train", "--data", data, "--iters", "1", "--save", saved.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(saved).isRegularFile();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1e-4", "NaN", "Infinity", "-Infinity"})
  void hThatIsNotAPositiveFiniteNumberIsAUsageError(String h) {
    Path out = dir.resolve("G-h.npz");
    CliRun run = CliRun.of("gradient", "--params", params, "--batch", batch, "--method", "naive", "--h", h, "--out", out.toString());
    assertUsageError(run, "'--h': must be a positive number, got " + h);
    assertThat(out).doesNotExist();
  }

  @Test
  void theOldSpellingGradientStillWorksOnTrain() {
    CliRun run = CliRun.of("train", "--data", data, "--iters", "1", "--gradient", "fast", "--seed", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("by fast:");
    assertThat(CliRun.of("train", "--help").out()).contains("--method").doesNotContain("--gradient");
  }

  @Test
  void runningOutOfMemoryIsOneLineSuggestingWhatToDo() throws Exception {
    // W1 of 784 × 10,000 doubles alone is 63 MB
    JavaRun run = JavaRun.of("-Xmx48m", "train", "--data", data, "--hidden", "10000", "--iters", "1");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("mnist-mlp: out of memory (a heap of ")
        .contains("--batch-size, --hidden")
        .contains("-Xmx");
  }

  /** The command line in a JVM of its own, started as a user starts it, with a heap of our choosing. */
  record JavaRun(int exitCode, List<String> errLines) {
    static JavaRun of(String heap, String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return new JavaRun(process.exitValue(), err.lines().filter(l -> !l.startsWith("MNIST from")).toList());
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** A .npy file by its parts, whatever its header claims. */
  private static byte[] npy(String descr, String shape, byte[] data) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int unpadded = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    ByteBuffer bytes = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
    bytes.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data);
    return bytes.array();
  }

  /** An .npz with one deflated entry. */
  private static Path npz(String name, String key, byte[] npy) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(key + ".npy"));
      zip.write(npy);
      zip.closeEntry();
    }
    return file;
  }

  private static void assertOneLine(CliRun run, int exitCode, String line) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.err().lines().filter(l -> !l.startsWith("MNIST from"))).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }

  private static void assertUsageError(String expected, String... args) {
    assertUsageError(CliRun.of(args), expected);
  }

  private static void assertUsageError(CliRun run, String expected) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(2); // the fault, then where to find help
    assertThat(run.err()).contains("Invalid value for option " + expected).doesNotContain("\tat ");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
