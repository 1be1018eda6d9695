package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import mnistmlp.data.IdxWriter;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seed-run}, {@code train} and {@code evaluate} on a small IDX data set written on the spot. */
class DataCommandsTest {
  @TempDir static Path dir;
  static String data;

  /** Digit c is a bright band in rows 2c to 2c+2 of the 28×28 image, plus speckle: easy to learn. */
  static ImageSet bands(int n, long seed) {
    Random random = new Random(seed);
    byte[] pixels = new byte[n * ImageSet.PIXELS];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      int c = random.nextInt(10);
      labels[i] = (byte) c;
      for (int p = 0; p < ImageSet.PIXELS; p++) {
        int row = p / 28;
        boolean band = row >= 2 * c + 2 && row < 2 * c + 4;
        pixels[i * ImageSet.PIXELS + p] = (byte) (band ? 200 + random.nextInt(56) : random.nextInt(10) < 1 ? random.nextInt(256) : 0);
      }
    }
    return new ImageSet(pixels, labels);
  }

  @BeforeAll
  static void writeDataSet() throws Exception {
    Path idx = Files.createDirectories(dir.resolve("bands"));
    IdxWriter.writeSet(idx, "train", bands(300, 1));
    IdxWriter.writeSet(idx, "t10k", bands(100, 2));
    data = idx.toString();
  }

  @Test
  void seedRunPrintsWhatTheNotesPrint() {
    CliRun run = CliRun.of("seed-run", "--data", data, "--seed", "7");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("MNIST: 300 train, 100 test (directory)");
    List<String> lines = run.outLines().subList(1, run.outLines().size());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("Neural Start.");
    assertThat(lines.get(1)).matches("loss of batch_0 is [0-9.E-]+");
    assertThat(lines.get(2)).matches("loss of result is [0-9.E-]+");
    assertThat(lines.get(3)).matches("cost of time is [0-9]+\\.[0-9]{4} seconds");
    assertThat(lossIn(lines.get(2))).isLessThan(lossIn(lines.get(1)));

    CliRun again = CliRun.of("seed-run", "--data", data, "--seed", "7");
    assertThat(again.outLines().subList(1, 4)).isEqualTo(lines.subList(0, 3));
  }

  @Test
  void seedRunByBackpropAgreesWithTheNaiveRun() {
    List<String> naive = CliRun.of("seed-run", "--data", data, "--seed", "8", "--batch-size", "2").outLines(); // summary first
    CliRun backprop = CliRun.of("seed-run", "--data", data, "--seed", "8", "--batch-size", "2", "--method", "backprop");
    assertThat(backprop.exitCode()).as(backprop.err()).isZero();
    assertThat(backprop.outLines().get(2)).isEqualTo(naive.get(2));
    assertThat(lossIn(backprop.outLines().get(3))).isCloseTo(lossIn(naive.get(3)), org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test
  void trainLearnsSavesAndEvaluateAgrees() throws Exception {
    Path history = dir.resolve("h.csv");
    Path params = dir.resolve("trained.npz");
    CliRun run = CliRun.of("train", "--data", data, "--epochs", "20", "--batch-size", "30", "--lr", "0.5",
        "--seed", "3", "--history", history.toString(), "--save", params.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).matches("train accuracy [01]\\.[0-9]{4}, test accuracy [01]\\.[0-9]{4}");
    double testAccuracy = Double.parseDouble(run.lastLine().replaceAll(".*test accuracy ", ""));
    assertThat(testAccuracy).isGreaterThan(0.9);
    assertThat(run.err()).contains("training 784-50-10 (book init, seed 3) by backprop: 200 iterations of 30 images")
        .contains("epoch 20: train accuracy");

    List<String> csv = Files.readAllLines(history);
    assertThat(csv).hasSize(201);
    assertThat(csv.get(10)).matches("10,.*,1\\.0,.*"); // 300 / 30 = 10 iterations per epoch
    assertThat(NpzFiles.readParameters(params).count()).isEqualTo(39_760);

    CliRun evaluate = CliRun.of("evaluate", "--params", params.toString(), "--data", data);
    assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
    assertThat(evaluate.lastLine()).isEqualTo(String.format(java.util.Locale.ROOT, "test accuracy %.4f", testAccuracy));
  }

  @Test
  void trainIsReproducibleWithASeedAndTakesIterationsOrRandnOrNaive() throws Exception {
    String[] args = {"train", "--data", data, "--iters", "3", "--batch-size", "2", "--hidden", "4", "--init", "randn", "--seed", "5"};
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    assertThat(CliRun.of(concat(args, "--history", first.toString())).exitCode()).isZero();
    CliRun naive = CliRun.of(concat(args, "--history", second.toString(), "--gradient", "naive"));
    assertThat(naive.exitCode()).as(naive.err()).isZero();
    List<String> a = Files.readAllLines(first);
    List<String> b = Files.readAllLines(second);
    assertThat(a).hasSize(4);
    for (int i = 1; i < 4; i++) {
      double lossA = Double.parseDouble(a.get(i).split(",")[1]);
      double lossB = Double.parseDouble(b.get(i).split(",")[1]);
      assertThat(lossB).isCloseTo(lossA, org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"seed-run", "train", "evaluate"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: mnist-mlp " + command).contains("--data");
    }
  }

  @Test
  void badSettingsAreUsageErrors() {
    assertUsageError("--iters=N, --epochs=E are mutually exclusive", "train", "--data", data, "--iters", "3", "--epochs", "1");
    assertUsageError("'--lr': must be a positive number, got -0.1", "train", "--data", data, "--lr", "-0.1");
    assertUsageError("'fast'", "train", "--data", data, "--lr", "fast");
    assertUsageError("'--init': expected one of [RANDN, BOOK] (case-insensitive) but was 'zeros'", "train", "--data", data, "--init", "zeros");
    assertUsageError("unknown gradient method 'magic'", "train", "--data", data, "--gradient", "magic");
    assertUsageError("'--batch-size': must be at least 1, got 0", "train", "--data", data, "--batch-size", "0");
    assertUsageError("'--steps': must be at least 0, got -1", "seed-run", "--data", data, "--steps", "-1");
    assertUsageError("'--lr': must be a positive number, got 0", "seed-run", "--data", data, "--lr", "0");
    assertUsageError("--params", "evaluate", "--data", data);
  }

  @Test
  void runtimeErrorsAreOneLine() throws Exception {
    CliRun missing = CliRun.of("evaluate", "--params", dir.resolve("none.npz").toString(), "--data", data);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err().lines()).containsExactly("mnist-mlp evaluate: " + dir.resolve("none.npz") + ": no such file");

    Path small = dir.resolve("small.npz");
    NpzFiles.writeParameters(small, Parameters.of(Matrix.zeros(10, 3), Matrix.zeros(1, 3), Matrix.zeros(3, 10), Matrix.zeros(1, 10)));
    CliRun wrongSize = CliRun.of("evaluate", "--params", small.toString(), "--data", data);
    assertThat(wrongSize.exitCode()).isEqualTo(1);
    assertThat(wrongSize.err().lines()).containsExactly(
        "mnist-mlp evaluate: " + small + ", key 'W1': shape (10, 3) does not fit images of 784 pixels");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun noFiles = CliRun.of("seed-run", "--data", empty.toString());
    assertThat(noFiles.exitCode()).isEqualTo(1);
    assertThat(noFiles.err().lines()).singleElement().asString().startsWith("mnist-mlp seed-run: ").contains("empty");
  }

  @Test
  void anEmptyTestSetIsAnErrorNotAnAccuracyOfZero() throws Exception {
    Path idx = Files.createDirectories(dir.resolve("no-test"));
    IdxWriter.writeSet(idx, "train", bands(30, 3));
    IdxWriter.writeImages(idx.resolve("t10k-images-idx3-ubyte.gz"), new byte[0]);
    IdxWriter.writeLabels(idx.resolve("t10k-labels-idx1-ubyte.gz"), new byte[0]);
    Path params = dir.resolve("zeros.npz");
    NpzFiles.writeParameters(params, Parameters.of(Matrix.zeros(784, 3), Matrix.zeros(1, 3), Matrix.zeros(3, 10), Matrix.zeros(1, 10)));
    for (CliRun run : List.of(CliRun.of("train", "--data", idx.toString(), "--iters", "1"),
        CliRun.of("evaluate", "--params", params.toString(), "--data", idx.toString()))) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.err().lines()).singleElement().asString()
          .endsWith(idx.resolve("t10k-images-idx3-ubyte.gz") + ": no images (the header declares 0)");
      assertThat(run.out()).doesNotContain("accuracy");
    }
  }

  private static void assertUsageError(String expected, String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected);
  }

  private static double lossIn(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
