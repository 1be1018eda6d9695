package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.numpy.DType;
import mnistmlp.numpy.NpyArray;
import mnistmlp.numpy.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzFilesTest {
  @TempDir Path dir;

  @Test
  void parametersRoundTripWithBiasesAsRows() throws Exception {
    Parameters params = TwoLayerNet.create(6, 4, 3, Initialization.RANDN, 1).params();
    Path file = dir.resolve("p.npz");
    NpzFiles.writeParameters(file, params);

    Map<String, NpyArray> arrays = Npz.read(file);
    assertThat(arrays.keySet()).containsExactly("W1", "b1", "W2", "b2");
    assertThat(arrays.get("b1").shape()).containsExactly(1, 4);
    Parameters back = NpzFiles.readParameters(file);
    for (String name : Parameters.NAMES) {
      assertThat(back.get(name)).isEqualTo(params.get(name));
    }
  }

  @Test
  void acceptsOneDimensionalBiasesLikeTheBook() throws Exception {
    Path file = dir.resolve("book.npz");
    Npz.write(file, params(new int[] {4}, new int[] {2}));
    Parameters p = NpzFiles.readParameters(file);
    assertThat(p.b1().shape()).isEqualTo("(1, 4)");
    assertThat(p.b2().shape()).isEqualTo("(1, 2)");
  }

  @Test
  void namesTheFileTheKeyAndTheShapeThatIsWrong() throws Exception {
    Path file = dir.resolve("wrong.npz");
    Npz.write(file, params(new int[] {5}, new int[] {2}));
    assertThatThrownBy(() -> NpzFiles.readParameters(file))
        .hasMessage(file + ", key 'b1': wrong shape (5,), expected (4,) or (1, 4)");
  }

  @Test
  void namesAMissingParameter() throws Exception {
    Path file = dir.resolve("noW2.npz");
    Map<String, NpyArray> arrays = params(new int[] {4}, new int[] {2});
    arrays.remove("W2");
    Npz.write(file, arrays);
    assertThatThrownBy(() -> NpzFiles.readParameters(file))
        .hasMessage(file + ", key 'W2': missing key (the file has W1, b1, b2)");
  }

  @Test
  void rejectsIntegerWeights() throws Exception {
    Path file = dir.resolve("int.npz");
    Map<String, NpyArray> arrays = params(new int[] {4}, new int[] {2});
    arrays.put("W1", NpyArray.ofLongs(DType.INT64, new int[] {3, 4}, new long[12]));
    Npz.write(file, arrays);
    assertThatThrownBy(() -> NpzFiles.readParameters(file)).hasMessageContaining("key 'W1': dtype <i8, expected floating point");
  }

  @Test
  void batchesRoundTripAndAcceptAnyIntegerLabelsOrOneHotRows() throws Exception {
    Batch batch = new Batch(Matrix.of(new double[][] {{0, 0.5}, {1, 0.25}}), new int[] {7, 2});
    Path file = dir.resolve("b.npz");
    writeBatch(file, batch);
    Batch back = NpzFiles.readBatch(file);
    assertThat(back.x()).isEqualTo(batch.x());
    assertThat(back.t()).containsExactly(7, 2);

    Map<String, NpyArray> uint8 = new LinkedHashMap<>();
    uint8.put("x", NpyArray.of(batch.x()));
    uint8.put("t", NpyArray.ofLongs(DType.UINT8, new int[] {2}, new long[] {7, 2}));
    Npz.write(file, uint8);
    assertThat(NpzFiles.readBatch(file).t()).containsExactly(7, 2);

    Map<String, NpyArray> oneHot = new LinkedHashMap<>();
    oneHot.put("x", NpyArray.of(batch.x()));
    oneHot.put("t", NpyArray.ofDoubles(DType.FLOAT64, new int[] {2, 3}, new double[] {0, 0, 1, 1, 0, 0}));
    Npz.write(file, oneHot);
    assertThat(NpzFiles.readBatch(file).t()).containsExactly(2, 0);
  }

  @Test
  void rejectsLabelsThatDoNotFitTheImages() throws Exception {
    Path file = dir.resolve("b.npz");
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("x", NpyArray.of(Matrix.zeros(2, 3)));
    arrays.put("t", labels(new int[] {1, 2, 3}));
    Npz.write(file, arrays);
    assertThatThrownBy(() -> NpzFiles.readBatch(file))
        .hasMessage(file + ", key 't': wrong shape (3,), expected (2,) class indices or (2, classes) one-hot rows");

    arrays.put("t", NpyArray.ofDoubles(DType.FLOAT64, new int[] {2}, new double[] {1, 2}));
    Npz.write(file, arrays);
    assertThatThrownBy(() -> NpzFiles.readBatch(file)).hasMessageContaining("key 't': dtype <f8: class indices must be integers");
  }

  @Test
  void theWrittenFileIsTheOnlyFileInTheDirectory() throws Exception {
    Path file = dir.resolve("g.npz");
    NpzFiles.writeParameters(file, TwoLayerNet.create(2, 3, 2, Initialization.BOOK, 1).params());
    assertThat(Files.list(dir)).containsExactly(file);
  }

  /** A batch as the command line reads it: {@code x} as float64 (n, d), {@code t} as int64 (n,). */
  static void writeBatch(Path file, Batch batch) throws Exception {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("x", NpyArray.of(batch.x()));
    arrays.put("t", labels(batch.t()));
    Npz.write(file, arrays);
  }

  /** A 1-D int64 array, how NumPy stores labels by default. */
  private static NpyArray labels(int[] labels) {
    return NpyArray.ofLongs(DType.INT64, new int[] {labels.length}, Arrays.stream(labels).asLongStream().toArray());
  }

  /** W1 (3, 4), W2 (4, 2), and biases of the given shapes. */
  private static Map<String, NpyArray> params(int[] b1Shape, int[] b2Shape) {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("W1", NpyArray.of(Matrix.zeros(3, 4)));
    arrays.put("b1", NpyArray.ofDoubles(DType.FLOAT64, b1Shape, new double[Arrays.stream(b1Shape).reduce(1, (a, b) -> a * b)]));
    arrays.put("W2", NpyArray.of(Matrix.zeros(4, 2)));
    arrays.put("b2", NpyArray.ofDoubles(DType.FLOAT64, b2Shape, new double[Arrays.stream(b2Shape).reduce(1, (a, b) -> a * b)]));
    return arrays;
  }
}
