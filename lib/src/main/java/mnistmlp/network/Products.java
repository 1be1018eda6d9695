package mnistmlp.network;

import java.util.Arrays;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/**
 * The two big matrix products of the network's passes, x·W1 and xᵀ·δ, written for speed but giving
 * the very numbers of the plain {@link Matrix} operations they replace: the same terms, added in
 * the same order. Zero entries of the left operand (most MNIST pixels) are skipped, inner loops
 * run along whole rows kept as separate arrays (the form the JIT vectorises), and large products
 * are split across the cores into blocks of output rows, each computed exactly as the plain loop
 * would.
 */
public final class Products {
  /** Below this many multiply-adds a product is not worth splitting between threads. */
  private static final long PARALLEL_WORK = 200_000;

  private static final int BLOCKS_PER_CORE = 2;

  private Products() {}

  /** a·b, the same numbers as {@code a.dot(b)}. */
  public static Matrix times(Matrix a, Matrix b) {
    if (a.cols() != b.rows()) {
      throw new IllegalArgumentException("cannot multiply " + a.shape() + " by " + b.shape());
    }
    int inner = a.cols();
    int width = b.cols();
    double[] x = a.data();
    double[][] w = rows(b);
    Matrix out = Matrix.zeros(a.rows(), width);
    double[] o = out.data();
    inBlocks(a.rows(), (long) a.rows() * inner * width, (from, to) -> {
      double[] sum = new double[width];
      for (int n = from; n < to; n++) {
        Arrays.fill(sum, 0.0);
        for (int k = 0; k < inner; k++) {
          double v = x[n * inner + k];
          if (v != 0.0) {
            addScaled(sum, v, w[k], width);
          }
        }
        System.arraycopy(sum, 0, o, n * width, width);
      }
    });
    return out;
  }

  /**
   * aᵀ·b without building aᵀ: the same numbers as {@code a.transpose().dot(b)}. Row n of a adds
   * a[n][k]·b[n][·] to row k of the result, skipping a[n][k] = 0, so each entry sums its terms in
   * the order of n, as the plain product does.
   */
  public static Matrix transposeTimes(Matrix a, Matrix b) {
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException("cannot multiply the transpose of " + a.shape() + " by " + b.shape());
    }
    int inner = a.cols();
    int width = b.cols();
    double[] x = a.data();
    double[][] y = rows(b);
    double[][] sums = new double[inner][width];
    inBlocks(inner, (long) a.rows() * inner * width, (from, to) -> {
      for (int n = 0; n < a.rows(); n++) {
        for (int k = from; k < to; k++) {
          double v = x[n * inner + k];
          if (v != 0.0) {
            addScaled(sums[k], v, y[n], width);
          }
        }
      }
    });
    Matrix out = Matrix.zeros(inner, width);
    for (int k = 0; k < inner; k++) {
      System.arraycopy(sums[k], 0, out.data(), k * width, width);
    }
    return out;
  }

  /**
   * dst[0..n) += v·src[0..n) (dst modified). Both rows start at index 0: Java 17's JIT turns this
   * loop into vector instructions, and not the same loop on two rows at different offsets of flat
   * arrays (it cannot rule out that they overlap).
   */
  private static void addScaled(double[] dst, double v, double[] src, int n) {
    for (int j = 0; j < n; j++) {
      dst[j] += v * src[j];
    }
  }

  /** The rows of m as separate arrays, for {@link #addScaled}. */
  private static double[][] rows(Matrix m) {
    double[][] rows = new double[m.rows()][];
    for (int i = 0; i < m.rows(); i++) {
      rows[i] = Arrays.copyOfRange(m.data(), i * m.cols(), (i + 1) * m.cols());
    }
    return rows;
  }

  private interface Block {
    void run(int from, int to);
  }

  /** Runs {@code block} over [0, rows) in one piece, or in fixed pieces on all cores when the work is large. */
  private static void inBlocks(int rows, long work, Block block) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores == 1 || work < PARALLEL_WORK || rows < 2) {
      block.run(0, rows);
      return;
    }
    int blocks = Math.min(rows, cores * BLOCKS_PER_CORE);
    IntStream.range(0, blocks).parallel().forEach(b ->
        block.run((int) ((long) rows * b / blocks), (int) ((long) rows * (b + 1) / blocks)));
  }
}
