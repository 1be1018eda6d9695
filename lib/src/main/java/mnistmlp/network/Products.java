package mnistmlp.network;

import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/**
 * The two big matrix products of the network's passes, x·W1 and xᵀ·δ, written for speed but giving
 * the very numbers of the plain {@link Matrix} operations they replace: the same terms, added in
 * the same order. Zero entries of the left operand (most MNIST pixels) are skipped, inner loops
 * run along contiguous rows, and large products are split across the cores into blocks of output
 * rows, each computed exactly as the plain loop would.
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
    double[] w = b.data();
    Matrix out = Matrix.zeros(a.rows(), width);
    double[] o = out.data();
    inBlocks(a.rows(), (long) a.rows() * inner * width, (from, to) -> {
      for (int n = from; n < to; n++) {
        for (int k = 0; k < inner; k++) {
          double v = x[n * inner + k];
          if (v != 0.0) {
            addScaled(o, n * width, v, w, k * width, width);
          }
        }
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
    double[] y = b.data();
    Matrix out = Matrix.zeros(inner, width);
    double[] o = out.data();
    inBlocks(inner, (long) a.rows() * inner * width, (from, to) -> {
      for (int n = 0; n < a.rows(); n++) {
        for (int k = from; k < to; k++) {
          double v = x[n * inner + k];
          if (v != 0.0) {
            addScaled(o, k * width, v, y, n * width, width);
          }
        }
      }
    });
    return out;
  }

  /** dst[d..d+n) += v·src[s..s+n). */
  private static void addScaled(double[] dst, int d, double v, double[] src, int s, int n) {
    for (int j = 0; j < n; j++) {
      dst[d + j] += v * src[s + j];
    }
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
