package mnistmlp.network;

import java.util.Arrays;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/**
 * An input matrix by its non-zero entries (about 80% of MNIST's pixels are 0, adding nothing to
 * x·W1 or xᵀ·δ), kept when {@code v != 0.0} as {@link Matrix#dot} tests: row n's are entries
 * {@code start[n]} to {@code start[n+1]} of column and value, in column order; {@link #indexColumns}
 * also lists them by column, in row order, as the plain xᵀ·δ adds them. The arrays grow and are
 * reused, so that a training loop can refill one instance without allocating.
 */
public final class SparseRows {
  private final int cols;
  private int rows;
  int[] start = new int[1];
  int[] column = new int[0];
  double[] value = new double[0];
  /** By column: entries {@code columnStart[k]} to {@code columnStart[k+1]} of byColumnRow/Value. */
  int[] columnStart;
  int[] byColumnRow = new int[0];
  double[] byColumnValue = new double[0];
  private int[] next = new int[0];
  private boolean indexed; // whether the lists by column are those of the rows held now

  public SparseRows(int cols) {
    this.cols = cols;
    columnStart = new int[cols + 1];
  }

  /** The non-zero entries of every row of {@code x}. */
  public static SparseRows of(Matrix x) {
    SparseRows rows = new SparseRows(x.cols());
    rows.setTo(x);
    return rows;
  }

  /**
   * The non-zero entries of every row of {@code x}, in the arrays of {@code reuse} (modified) when it
   * has x's columns, else in new ones: for a caller that lists batch after batch.
   */
  public static SparseRows of(Matrix x, SparseRows reuse) {
    if (reuse == null || reuse.cols != x.cols()) {
      return of(x);
    }
    reuse.setTo(x);
    return reuse;
  }

  /** Holds the non-zero entries of every row of {@code x} instead of its own, in the arrays it has. */
  public void setTo(Matrix x) {
    if (x.cols() != cols) {
      throw new IllegalArgumentException("rows of " + x.cols() + " columns do not fit rows of " + cols);
    }
    double[] data = x.data();
    rows = x.rows();
    start = grow(start, rows + 1);
    indexed = false;
    int nonZero = 0;
    for (double v : data) {
      nonZero += v != 0.0 ? 1 : 0;
    }
    reserve(nonZero + 1); // one spare: each value is written before it is kept or not
    for (int n = 0, e = 0; n < rows; n++) {
      for (int k = 0, from = n * cols; k < cols; k++) {
        double v = data[from + k];
        column[e] = k;
        value[e] = v;
        e += v != 0.0 ? 1 : 0; // no branch to mispredict: the pixels that are 0 follow no pattern
      }
      start[n + 1] = e;
    }
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Row n's entries are {@code rowStart(n)} to {@code rowStart(n + 1)}. */
  public int rowStart(int n) {
    return start[n];
  }

  public int column(int e) {
    return column[e];
  }

  public double value(int e) {
    return value[e];
  }

  /** How many non-zero entries all rows hold together. */
  public int entries() {
    return start[rows];
  }

  /**
   * Rows of {@code cols} unsigned bytes each, every entry divided by {@code divisor}: the values
   * {@code (b & 0xFF) / divisor} that a float batch of the same bytes holds. Counted first, then
   * filled, row by row on all cores, so that no array grows.
   */
  public static SparseRows ofUnsignedBytes(byte[] bytes, int cols, double divisor) {
    if (cols <= 0 || bytes.length % cols != 0) {
      throw new IllegalArgumentException(bytes.length + " bytes do not make rows of " + cols);
    }
    SparseRows rows = new SparseRows(cols);
    rows.rows = bytes.length / cols;
    rows.start = new int[rows.rows + 1];
    IntStream.range(0, rows.rows).parallel().forEach(n -> rows.start[n + 1] = nonZeros(bytes, n * cols, cols));
    Arrays.parallelPrefix(rows.start, Integer::sum);
    rows.reserve(rows.start[rows.rows]);
    IntStream.range(0, rows.rows).parallel().forEach(n -> {
      for (int k = 0, e = rows.start[n]; k < cols; k++) {
        int b = bytes[n * cols + k] & 0xFF;
        if (b != 0) {
          rows.column[e] = k;
          rows.value[e++] = b / divisor;
        }
      }
    });
    return rows;
  }

  private static int nonZeros(byte[] bytes, int from, int count) {
    int nonZeros = 0;
    for (int k = from; k < from + count; k++) {
      nonZeros += bytes[k] != 0 ? 1 : 0;
    }
    return nonZeros;
  }

  /** Holds {@code source}'s rows at {@code indices}, in that order, instead of its own. */
  public void setToRowsOf(SparseRows source, int[] indices) {
    if (source.cols != cols) {
      throw new IllegalArgumentException("rows of " + source.cols + " columns do not fit rows of " + cols);
    }
    start = grow(start, indices.length + 1);
    indexed = false;
    for (rows = 0; rows < indices.length; rows++) {
      int first = source.start[indices[rows]];
      int entries = source.start[indices[rows] + 1] - first;
      reserve(start[rows] + entries);
      System.arraycopy(source.column, first, column, start[rows], entries);
      System.arraycopy(source.value, first, value, start[rows], entries);
      start[rows + 1] = start[rows] + entries;
    }
  }

  /** The rows as a dense matrix again. */
  public Matrix toMatrix() {
    Matrix x = Matrix.zeros(rows, cols);
    for (int n = 0; n < rows; n++) {
      for (int e = start[n]; e < start[n + 1]; e++) {
        x.data()[n * cols + column[e]] = value[e];
      }
    }
    return x;
  }

  /** Column k's entries are {@code columnStart(k)} to {@code columnStart(k + 1)}, once {@link #indexColumns} ran. */
  public int columnStart(int k) {
    return columnStart[k];
  }

  /** The row of entry e in column order. */
  public int rowByColumn(int e) {
    return byColumnRow[e];
  }

  /** The value of entry e in column order. */
  public double valueByColumn(int e) {
    return byColumnValue[e];
  }

  /**
   * Lists the entries column by column as well (a counting sort by column, stable in the rows),
   * unless that was done since the rows were last set: the training loop does it beside the
   * gradient of the batch before.
   */
  public void indexColumns() {
    if (indexed) {
      return;
    }
    int entries = entries();
    Arrays.fill(columnStart, 0);
    for (int e = 0; e < entries; e++) {
      columnStart[column[e] + 1]++;
    }
    for (int k = 0; k < cols; k++) {
      columnStart[k + 1] += columnStart[k];
    }
    byColumnRow = grow(byColumnRow, entries);
    byColumnValue = grow(byColumnValue, entries);
    next = grow(next, cols);
    System.arraycopy(columnStart, 0, next, 0, cols);
    for (int n = 0; n < rows; n++) {
      for (int e = start[n]; e < start[n + 1]; e++) {
        int q = next[column[e]]++;
        byColumnRow[q] = n;
        byColumnValue[q] = value[e];
      }
    }
    indexed = true;
  }

  private void reserve(int entries) {
    column = grow(column, entries);
    value = grow(value, entries);
  }

  private static int[] grow(int[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
  }

  private static double[] grow(double[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
  }
}
