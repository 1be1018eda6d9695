package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import mnistmlp.math.Matrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProductsTest {

  /** a·b by the sparse kernel. */
  static Matrix times(Matrix a, Matrix b) {
    double[][] out = new double[a.rows()][b.cols()];
    Products.times(SparseRows.of(a), 0, a.rows(), b.toArray(), out, 0);
    return Matrix.of(out);
  }

  /** aᵀ·b by the sparse kernel, split across the cores when large, into NaNs: it must write every entry. */
  static Matrix transposeTimes(Matrix a, Matrix b) {
    Matrix out = Matrix.zeros(a.cols(), b.cols());
    Arrays.fill(out.data(), Double.NaN);
    Products.transposeTimes(SparseRows.of(a), b.toArray(), b.cols(), out.data());
    return out;
  }

  /**
   * Equal work per share, whatever the running total starts at: the accuracy passes cut slices
   * of a whole data set, whose entry counts start far above 0.
   */
  @Property(tries = 50)
  void sharesCutEqualWorkFromAnyOffset(@ForAll @IntRange(min = 0, max = 1_000_000) int offset,
      @ForAll @IntRange(min = 2, max = 4) int shares) {
    int[] cut = Products.shares(1000, shares, i -> offset + 3L * i);
    assertThat(cut[0]).isZero();
    assertThat(cut[shares]).isEqualTo(1000);
    for (int s = 1; s <= shares; s++) {
      assertThat(cut[s] - cut[s - 1]).isBetween(1000 / shares - 1, 1000 / shares + 1);
    }
  }

  /** Bit for bit the plain product, for sparse and dense left operands alike. */
  @Property(tries = 50)
  void transposeTimesIsTheTransposedProductToTheLastBit(
      @ForAll @IntRange(min = 1, max = 12) int rows, @ForAll @IntRange(min = 1, max = 30) int inner,
      @ForAll @IntRange(min = 1, max = 9) int width, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix a = Matrix.randn(rows, inner, random).map(v -> Math.abs(v) < 0.8 ? 0.0 : v);
    Matrix b = Matrix.randn(rows, width, random);

    assertThat(transposeTimes(a, b).data()).containsExactly(a.transpose().dot(b).data());
  }

  /** Large enough to be split across the cores: still bit for bit the plain products. */
  @Property(tries = 5)
  void splitProductsAreThePlainProductsToTheLastBit(@ForAll long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.randn(1500, 300, random).map(v -> v > 0.9 ? v : 0.0); // 1500·300·18%·50 > PARALLEL_WORK
    Matrix w = Matrix.randn(300, 50, random);
    Matrix d = Matrix.randn(1500, 50, random);

    assertThat(times(x, w).data()).containsExactly(x.dot(w).data());
    assertThat(transposeTimes(x, d).data()).containsExactly(x.transpose().dot(d).data());
  }

  @Property(tries = 50)
  void timesIsThePlainProductToTheLastBit(
      @ForAll @IntRange(min = 1, max = 12) int rows, @ForAll @IntRange(min = 1, max = 30) int inner,
      @ForAll @IntRange(min = 1, max = 9) int width, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix a = Matrix.randn(rows, inner, random).map(v -> Math.abs(v) < 0.8 ? 0.0 : v);
    Matrix b = Matrix.randn(inner, width, random);

    assertThat(times(a, b).data()).containsExactly(a.dot(b).data());
  }

  /** A forward pass over a slice of rows gives, to the last bit, the plain formulas' numbers for those rows. */
  @Property(tries = 5)
  void aForwardPassIsThePlainFormulasToTheLastBit(@ForAll @IntRange(min = 0, max = 4) int first, @ForAll long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.randn(2000, 120, random).map(v -> v > 0.7 ? v : 0.0); // large enough to be split
    TwoLayerNet net = TwoLayerNet.create(120, 50, 10, Initialization.RANDN, seed);
    Parameters p = net.params();
    Matrix a1 = x.dot(p.w1()).plusRow(p.b1());
    Matrix y = mnistmlp.functions.Softmax.softmax(mnistmlp.functions.Sigmoid.sigmoid(a1).dot(p.w2()).plusRow(p.b2()));

    ForwardPass pass = new ForwardPass().run(p, SparseRows.of(x), first, 2000 - first);
    for (int i = 0; i < 2000 - first; i++) {
      assertThat(pass.a1[i]).containsExactly(a1.rowCopy(first + i));
      assertThat(pass.y[i]).containsExactly(y.rowCopy(first + i));
    }
    ForwardPass whole = new ForwardPass().run(p, SparseRows.of(x));
    assertThat(whole.correct(y.argmaxRows(), 0)).isEqualTo(2000);
    int[] labels = random.ints(2000, 0, 10).toArray(); // the loss too, from the same softmax
    assertThat(whole.loss(labels)).isEqualTo(mnistmlp.functions.CrossEntropy.crossEntropyError(y, labels));
  }

  /** The shapes are checked before anything is computed: inputs against W1, labels against the rows and classes. */
  @Property(tries = 5)
  void rejectsInputsAndLabelsThatDoNotFit(@ForAll @IntRange(min = 1, max = 5) int rows) {
    Parameters p = TwoLayerNet.create(3, 2, 4, Initialization.BOOK, rows).params();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ForwardPass().run(p, new SparseRows(2)))
        .hasMessageContaining("does not fit W1 (3, 2)");
    ForwardPass pass = new ForwardPass().run(p, SparseRows.of(Matrix.zeros(rows, 3)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass.loss(new int[rows + 1]))
        .hasMessageContaining("one label per row");
    int[] labels = new int[rows];
    labels[rows - 1] = 4;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass.loss(labels)).hasMessageContaining("label 4 at row");
  }
}
