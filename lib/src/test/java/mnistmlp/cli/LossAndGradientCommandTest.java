package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.numpy.DType;
import mnistmlp.numpy.NpyArray;
import mnistmlp.numpy.Npz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code loss} and {@code gradient} on real files, checked against {@link NotesReference}, an
 * independent implementation of the notes, on the notes' 784-50-10 network with standard-normal
 * parameters (where the 1e-7 guard matters).
 */
class LossAndGradientCommandTest {
  @TempDir Path dir;
  Path params;
  Path batch3;
  Path batch1;
  Parameters p;
  NotesReference reference;

  @BeforeEach
  void writeFiles() throws Exception {
    p = TwoLayerNet.mnist(Initialization.RANDN, 2024).params();
    params = dir.resolve("P.npz");
    NpzFiles.writeParameters(params, p);
    reference = new NotesReference(p.w1().toArray(), p.b1().rowCopy(0), p.w2().toArray(), p.b2().rowCopy(0));
    batch3 = dir.resolve("B3.npz");
    NpzFilesTest.writeBatch(batch3, mnistLikeBatch(3, 1));
    batch1 = dir.resolve("B1.npz");
    NpzFilesTest.writeBatch(batch1, mnistLikeBatch(1, 2));
  }

  static Batch mnistLikeBatch(int n, long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.zeros(n, 784);
    for (int k = 0; k < x.size(); k++) {
      if (random.nextDouble() < 0.19) {
        x.data()[k] = random.nextInt(256) / 255.0;
      }
    }
    return new Batch(x, random.ints(n, 0, 10).toArray());
  }

  @Test
  void lossAgreesWithTheReferenceAndPrintsEveryDigit() throws Exception {
    CliRun run = CliRun.of("loss", "--params", params.toString(), "--batch", batch3.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Batch b = NpzFiles.readBatch(batch3);
    double expected = reference.loss(b.x().toArray(), b.t());
    double printed = Double.parseDouble(run.lastLine());
    assertThat(Math.abs(printed - expected) / expected).isLessThan(1e-12);
    // every digit: the printed line reads back as the very double the jar computes
    assertThat(printed).isEqualTo(new TwoLayerNet(NpzFiles.readParameters(params)).loss(b));
  }

  @Test
  void lossAcceptsTheBooksLayout() throws Exception {
    // biases as (n,), labels one-hot uint8: the same loss as (1, n) biases and index labels
    Map<String, NpyArray> book = new LinkedHashMap<>();
    for (String name : Parameters.NAMES) {
      Matrix m = p.get(name);
      book.put(name, name.startsWith("b")
          ? NpyArray.ofDoubles(DType.FLOAT64, new int[] {m.cols()}, m.data().clone())
          : NpyArray.of(m));
    }
    Path bookParams = dir.resolve("book.npz");
    Npz.write(bookParams, book);
    Batch b = NpzFiles.readBatch(batch3);
    Map<String, NpyArray> oneHot = new LinkedHashMap<>();
    oneHot.put("x", NpyArray.of(b.x()));
    long[] hot = new long[30];
    for (int i = 0; i < 3; i++) {
      hot[i * 10 + b.t()[i]] = 1;
    }
    oneHot.put("t", NpyArray.ofLongs(DType.UINT8, new int[] {3, 10}, hot));
    Path oneHotBatch = dir.resolve("onehot.npz");
    Npz.write(oneHotBatch, oneHot);

    String plain = CliRun.of("loss", "--params", params.toString(), "--batch", batch3.toString()).lastLine();
    CliRun run = CliRun.of("loss", "--params", bookParams.toString(), "--batch", oneHotBatch.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"backprop", "naive"})
  void gradientAgreesWithTheNotesNumericalGradient(String method) throws Exception {
    Path batch = method.equals("naive") ? batch1 : batch3; // naive on 39,760 parameters: keep the batch tiny
    Path out = dir.resolve("G-" + method + ".npz");

    CliRun run = CliRun.of("gradient", "--params", params.toString(), "--batch", batch.toString(), "--method", method, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, NpyArray> g = Npz.read(out);
    assertThat(g.keySet()).containsExactly("W1", "b1", "W2", "b2");
    assertThat(g.get("b1").shape()).containsExactly(1, 50);
    assertThat(g.get("b2").shape()).containsExactly(1, 10);
    Batch b = NpzFiles.readBatch(batch);
    double[][] x = b.x().toArray();
    assertAgrees(g.get("b1").toMatrix(), new double[][] {reference.b1}, x, b.t(), 1);
    assertAgrees(g.get("b2").toMatrix(), new double[][] {reference.b2}, x, b.t(), 1);
    assertAgrees(g.get("W2").toMatrix(), reference.w2, x, b.t(), 1);
    assertAgrees(g.get("W1").toMatrix(), reference.w1, x, b.t(), 97); // every 97th entry: the reference is slow
  }

  /** Compares every {@code stride}-th entry with the reference's numerical gradient, 1e-7 absolute. */
  private void assertAgrees(Matrix gradient, double[][] parameter, double[][] x, int[] t, int stride) {
    int cols = parameter[0].length;
    for (int k = 0; k < gradient.size(); k += stride) {
      double expected = reference.numericalGradient(parameter[k / cols], k % cols, x, t);
      assertThat(gradient.data()[k]).as("entry %d", k).isCloseTo(expected, within(1e-7));
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"loss", "gradient"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: mnist-mlp " + command).contains("--params");
      assertThat(CliRun.of(command, "--version").out()).isEqualTo(Main.VERSION + System.lineSeparator());
    }
  }

  @Test
  void aMissingFileIsOneLineAndExitCode1() {
    CliRun run = CliRun.of("loss", "--params", dir.resolve("nope.npz").toString(), "--batch", batch3.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly("mnist-mlp loss: " + dir.resolve("nope.npz") + ": no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFileThatIsNotAnNpzIsNamed() throws Exception {
    Path text = Files.writeString(dir.resolve("P.txt"), "not numpy");
    CliRun run = CliRun.of("loss", "--params", text.toString(), "--batch", batch3.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString().startsWith("mnist-mlp loss: " + text + ": not an .npz file");
  }

  @Test
  void aMissingKeyIsNamed() throws Exception {
    Map<String, NpyArray> arrays = new LinkedHashMap<>(Npz.read(params));
    arrays.remove("W2");
    Path noW2 = dir.resolve("noW2.npz");
    Npz.write(noW2, arrays);
    CliRun run = CliRun.of("gradient", "--params", noW2.toString(), "--batch", batch3.toString(), "--method", "backprop", "--out", dir.resolve("G.npz").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly("mnist-mlp gradient: " + noW2 + ", key 'W2': missing key (the file has W1, b1, b2)");
    assertThat(dir.resolve("G.npz")).doesNotExist();
  }

  @Test
  void aWrongShapeIsNamed() throws Exception {
    Map<String, NpyArray> arrays = new LinkedHashMap<>(Npz.read(params));
    arrays.put("W2", NpyArray.of(Matrix.zeros(50, 11)));
    arrays.put("b2", NpyArray.of(Matrix.zeros(1, 10)));
    Path wrong = dir.resolve("wrong.npz");
    Npz.write(wrong, arrays);
    CliRun run = CliRun.of("loss", "--params", wrong.toString(), "--batch", batch3.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly("mnist-mlp loss: " + wrong + ", key 'b2': wrong shape (1, 10), expected (11,) or (1, 11)");
  }

  @Test
  void imagesThatDoNotFitW1AreNamed() throws Exception {
    Path small = dir.resolve("small.npz");
    NpzFilesTest.writeBatch(small, new Batch(Matrix.zeros(2, 783), new int[] {1, 2}));
    CliRun run = CliRun.of("loss", "--params", params.toString(), "--batch", small.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly(
        "mnist-mlp loss: " + small + ", key 'x': shape (2, 783) does not fit W1 (784, 50) of " + params);
  }

  @Test
  void truncatedDataIsNamed() throws Exception {
    byte[] whole = Files.readAllBytes(batch3);
    Path cut = Files.write(dir.resolve("cut.npz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    CliRun run = CliRun.of("loss", "--params", params.toString(), "--batch", cut.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString().startsWith("mnist-mlp loss: " + cut);
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun run = CliRun.of("loss", "--verbose", "--params", dir.resolve("nope.npz").toString(), "--batch", batch3.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file").contains("\tat ");
  }

  @Test
  void usageErrorsExit2() {
    String[] common = {"--params", params.toString(), "--batch", batch3.toString(), "--out", dir.resolve("G.npz").toString()};
    CliRun unknownMethod = CliRun.of(concat(new String[] {"gradient", "--method", "magic"}, common));
    assertThat(unknownMethod.exitCode()).isEqualTo(2);
    assertThat(unknownMethod.err()).contains("'--method'").contains("unknown gradient method 'magic'");

    CliRun badH = CliRun.of(concat(new String[] {"gradient", "--method", "naive", "--h", "-1"}, common));
    assertThat(badH.exitCode()).isEqualTo(2);
    assertThat(badH.err()).contains("'--h': must be a positive number, got -1");

    CliRun notANumber = CliRun.of(concat(new String[] {"gradient", "--method", "naive", "--h", "tiny"}, common));
    assertThat(notANumber.exitCode()).isEqualTo(2);
    assertThat(notANumber.err()).contains("'tiny'");

    CliRun missingOption = CliRun.of("loss", "--params", params.toString());
    assertThat(missingOption.exitCode()).isEqualTo(2);
    assertThat(missingOption.err()).contains("--batch");

    assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
