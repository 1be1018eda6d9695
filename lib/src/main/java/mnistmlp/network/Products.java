package mnistmlp.network;

import java.util.Arrays;
import java.util.function.IntToLongFunction;
import mnistmlp.math.Matrix;

/**
 * The network's matrix products as fast kernels giving the very numbers of the plain {@link Matrix}
 * operations: the same terms, added in the same order, skipping the zeros of {@link SparseRows}.
 * Inner loops run from index 0 along rows kept as separate arrays, which Java 17's JIT vectorises
 * (not two offsets of one flat array, which might overlap). Outputs are the arguments "modified".
 */
public final class Products {
  /**
   * Below this many multiply-adds work stays on one thread. Splitting a batch of 100 MNIST images
   * (about 750,000 for x·W1) between the 2 cores of a {@link Team} took a backprop gradient from
   * 0.40–0.43 ms to 0.32–0.34 (`bench`).
   */
  static final long PARALLEL_WORK = 500_000;

  private Products() {}

  /**
   * out = xᵀ·d, a (x.cols(), width) matrix row-major, split by columns of x across the cores (out
   * modified, every entry written: a column without non-zero entries gives a row of zeros).
   */
  public static void transposeTimes(SparseRows x, double[][] d, int width, double[] out) {
    x.indexColumns();
    inParallel(x.cols(), (long) x.entries() * width, k -> x.columnStart[k],
        (from, to) -> transposeTimes(x, from, to, d, out, new double[width]));
  }

  /**
   * out[n − first] = x[n]·w for rows {@code from..to} (out modified): row n's non-zero entries in
   * column order, each adding its value times a row of w, four rows of w per pass over the sum.
   */
  static void times(SparseRows x, int from, int to, double[][] w, double[][] out, int first) {
    for (int n = from; n < to; n++) {
      double[] sum = out[n - first];
      Arrays.fill(sum, 0.0);
      addCombination(sum, x.start[n], x.start[n + 1], x.column, x.value, w);
    }
  }

  /**
   * out[k·width ..] = Σ_n x[n][k]·d[n] for columns {@code from..to}, n ascending as in the plain
   * product (out modified; {@code sum}, of length width, is work space). Writing the zero rows here
   * is cheaper than clearing all of out first.
   */
  static void transposeTimes(SparseRows x, int from, int to, double[][] d, double[] out, double[] sum) {
    for (int k = from; k < to; k++) {
      int first = x.columnStart[k];
      int end = x.columnStart[k + 1];
      Arrays.fill(sum, 0.0);
      addCombination(sum, first, end, x.byColumnRow, x.byColumnValue, d);
      System.arraycopy(sum, 0, out, k * sum.length, sum.length);
    }
  }

  /** out = Σ_n a[n] over rows n &lt; {@code rows}, in that order, like {@link Matrix#sumRows} (out modified). */
  public static void sumRows(double[][] a, int rows, double[] out) {
    Arrays.fill(out, 0.0);
    for (int n = 0; n < rows; n++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += a[n][j];
      }
    }
  }

  /** sum += Σ_e value[e]·rows[index[e]] over e = from..to, in that order (sum modified). */
  private static void addCombination(double[] sum, int from, int to, int[] index, double[] value, double[][] rows) {
    int e = from;
    for (; e + 4 <= to; e += 4) {
      addScaled4(sum, 0, sum.length, value[e], rows[index[e]], value[e + 1], rows[index[e + 1]],
          value[e + 2], rows[index[e + 2]], value[e + 3], rows[index[e + 3]]);
    }
    for (; e < to; e++) {
      addScaled(sum, value[e], rows[index[e]]);
    }
  }

  /** dst += v·src (dst modified). */
  public static void addScaled(double[] dst, double v, double[] src) {
    for (int j = 0; j < dst.length; j++) {
      dst[j] += v * src[j];
    }
  }

  /**
   * dst += a·p, then += b·q, += c·r, += d·s over entries from..to, each entry rounded after every
   * term exactly as four {@link #addScaled} calls would, but with one load and store of dst instead
   * of four (dst modified).
   */
  static void addScaled4(double[] dst, int from, int to,
      double a, double[] p, double b, double[] q, double c, double[] r, double d, double[] s) {
    for (int j = from; j < to; j++) {
      dst[j] = (((dst[j] + p[j] * a) + q[j] * b) + r[j] * c) + s[j] * d;
    }
  }

  /** Copies the rows of m into {@code rows} (modified). */
  static void copyRows(Matrix m, double[][] rows) {
    for (int i = 0; i < m.rows(); i++) {
      System.arraycopy(m.data(), i * m.cols(), rows[i], 0, m.cols());
    }
  }

  /** A piece of work over the indices from..to. */
  public interface Part {
    void run(int from, int to);
  }

  /**
   * Runs {@code part} over [0, count): in one piece when the work is small, else in a piece per
   * thread of the {@link Team}.
   */
  public static void inParallel(int count, long work, IntToLongFunction weightBefore, Part part) {
    Team team = Team.cores();
    if (work < PARALLEL_WORK || count < 2) {
      part.run(0, count);
      return;
    }
    int[] cut = shares(count, Math.min(count, team.size()), weightBefore);
    team.run(cut.length - 1, s -> part.run(cut[s], cut[s + 1]));
  }

  /**
   * Where to cut [0, count) into {@code shares} pieces of about equal work: {@code weightBefore}
   * rises with the index, and only its growth from index 0 counts, so a running total that starts
   * at an offset (a slice of a larger set) is cut as evenly as one that starts at 0.
   */
  static int[] shares(int count, int shares, IntToLongFunction weightBefore) {
    int[] cut = new int[shares + 1];
    long base = weightBefore.applyAsLong(0);
    long total = weightBefore.applyAsLong(count) - base;
    for (int s = 1, i = 0; s < shares; s++) {
      while (i < count && (weightBefore.applyAsLong(i) - base) * shares < total * s) {
        i++;
      }
      cut[s] = i;
    }
    cut[shares] = count;
    return cut;
  }
}
