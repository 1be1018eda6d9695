package mnistmlp.math;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense matrix of doubles, stored row by row in one array, the same layout as a C-order NumPy
 * array. It offers just what the lessons need: shapes, the dot product, broadcasting a bias row,
 * and element-wise maps. A vector is a matrix with one row, as {@code b1} is (1, 50) in the notes.
 */
public final class Matrix {
  private final int rows;
  private final int cols;
  private final double[] data;

  private Matrix(int rows, int cols, double[] data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** A matrix over {@code data} (row-major, not copied): changes to one are seen in the other. */
  public static Matrix wrap(int rows, int cols, double[] data) {
    int count = valueCount(rows, cols);
    if (data.length != count) {
      throw new IllegalArgumentException("shape (" + rows + ", " + cols + ") needs " + count + " values, got " + data.length);
    }
    return new Matrix(rows, cols, data);
  }

  public static Matrix zeros(int rows, int cols) {
    return wrap(rows, cols, new double[valueCount(rows, cols)]);
  }

  /** rows × cols, refused when negative or too many for one array, before anything is allocated. */
  private static int valueCount(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative shape (" + rows + ", " + cols + ")");
    }
    try {
      return Math.multiplyExact(rows, cols);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("shape (" + rows + ", " + cols + ") has " + (long) rows * cols
          + " values, more than one array can hold");
    }
  }

  /** A copy of a rectangular Java array; every row must have the same length. */
  public static Matrix of(double[][] values) {
    int cols = values.length == 0 ? 0 : values[0].length;
    double[] data = new double[valueCount(values.length, cols)];
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != cols) {
        throw new IllegalArgumentException(
            "ragged array: row 0 has " + cols + " values, row " + i + " has " + values[i].length);
      }
      System.arraycopy(values[i], 0, data, i * cols, cols);
    }
    return new Matrix(values.length, cols, data);
  }

  /** A (1, n) row vector, the shape the notes give their biases. */
  public static Matrix row(double... values) {
    return new Matrix(1, values.length, values.clone());
  }

  /** Standard-normal entries, like {@code np.random.randn(rows, cols)}. */
  public static Matrix randn(int rows, int cols, Random random) {
    Matrix m = zeros(rows, cols);
    for (int k = 0; k < m.data.length; k++) {
      m.data[k] = random.nextGaussian();
    }
    return m;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int size() {
    return data.length;
  }

  /** The shape as NumPy prints it, e.g. {@code (784, 50)}. */
  public String shape() {
    return "(" + rows + ", " + cols + ")";
  }

  public double get(int i, int j) {
    return data[index(i, j)];
  }

  public void set(int i, int j, double value) {
    data[index(i, j)] = value;
  }

  /** The backing array, row-major; for loops that must not allocate. */
  public double[] data() {
    return data;
  }

  public double[] rowCopy(int i) {
    checkRow(i);
    return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
  }

  public double[][] toArray() {
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = rowCopy(i);
    }
    return out;
  }

  public Matrix copy() {
    return new Matrix(rows, cols, data.clone());
  }

  /** The matrix product {@code this · other}, like {@code np.dot}. */
  public Matrix dot(Matrix other) {
    if (cols != other.rows) {
      throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape());
    }
    Matrix out = zeros(rows, other.cols);
    // i-k-j order walks both operands along their rows, which is what the cache likes.
    for (int i = 0; i < rows; i++) {
      int outRow = i * other.cols;
      for (int k = 0; k < cols; k++) {
        double a = data[i * cols + k];
        if (a == 0.0) {
          continue; // MNIST images are mostly zeros
        }
        int otherRow = k * other.cols;
        for (int j = 0; j < other.cols; j++) {
          out.data[outRow + j] += a * other.data[otherRow + j];
        }
      }
    }
    return out;
  }

  /** The transpose, a new matrix. */
  public Matrix transpose() {
    Matrix out = zeros(cols, rows);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out.data[j * rows + i] = data[i * cols + j];
      }
    }
    return out;
  }

  /** Adds a (1, cols) row to every row, as NumPy broadcasts {@code x @ W + b}. */
  public Matrix plusRow(Matrix row) {
    if (row.rows != 1 || row.cols != cols) {
      throw new IllegalArgumentException("cannot add a row of shape " + row.shape() + " to " + shape());
    }
    Matrix out = copy();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out.data[i * cols + j] += row.data[j];
      }
    }
    return out;
  }

  public Matrix plus(Matrix other) {
    requireSameShape(other, "add");
    Matrix out = copy();
    for (int k = 0; k < data.length; k++) {
      out.data[k] += other.data[k];
    }
    return out;
  }

  public Matrix minus(Matrix other) {
    requireSameShape(other, "subtract");
    Matrix out = copy();
    for (int k = 0; k < data.length; k++) {
      out.data[k] -= other.data[k];
    }
    return out;
  }

  public Matrix times(double factor) {
    return map(v -> v * factor);
  }

  /** Element-wise product. */
  public Matrix hadamard(Matrix other) {
    requireSameShape(other, "multiply element-wise");
    Matrix out = copy();
    for (int k = 0; k < data.length; k++) {
      out.data[k] *= other.data[k];
    }
    return out;
  }

  public Matrix map(DoubleUnaryOperator f) {
    Matrix out = zeros(rows, cols);
    for (int k = 0; k < data.length; k++) {
      out.data[k] = f.applyAsDouble(data[k]);
    }
    return out;
  }

  /** The sum down each column, a (1, cols) row: the gradient of a broadcast bias. */
  public Matrix sumRows() {
    Matrix out = zeros(1, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out.data[j] += data[i * cols + j];
      }
    }
    return out;
  }

  /** The column index of the largest value in each row, like {@code np.argmax(x, axis=1)}. */
  public int[] argmaxRows() {
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) {
      int best = 0;
      for (int j = 1; j < cols; j++) {
        if (data[i * cols + j] > data[i * cols + best]) {
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** Subtracts {@code factor · other} in place: the update θ ← θ − lr·g. */
  public void subtractInPlace(double factor, Matrix other) {
    requireSameShape(other, "update");
    for (int k = 0; k < data.length; k++) {
      data[k] -= factor * other.data[k];
    }
  }

  public double max() {
    return Arrays.stream(data).max().orElse(Double.NaN);
  }

  public double min() {
    return Arrays.stream(data).min().orElse(Double.NaN);
  }

  public double sum() {
    double s = 0;
    for (double v : data) {
      s += v;
    }
    return s;
  }

  public boolean sameShape(Matrix other) {
    return rows == other.rows && cols == other.cols;
  }

  /** Throws, naming both shapes, unless {@code other} has this matrix's shape. */
  public void requireSameShape(Matrix other, String operation) {
    if (!sameShape(other)) {
      throw new IllegalArgumentException("cannot " + operation + " " + shape() + " and " + other.shape());
    }
  }

  private int index(int i, int j) {
    checkRow(i);
    if (j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("column " + j + " outside " + shape());
    }
    return i * cols + j;
  }

  private void checkRow(int i) {
    if (i < 0 || i >= rows) {
      throw new IndexOutOfBoundsException("row " + i + " outside " + shape());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix m && sameShape(m) && Arrays.equals(data, m.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  /** A short preview such as {@code Matrix(2, 3) [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Matrix").append(shape()).append(" [");
    int shownRows = Math.min(rows, 6);
    for (int i = 0; i < shownRows; i++) {
      s.append(i == 0 ? "[" : ", [");
      int shownCols = Math.min(cols, 8);
      for (int j = 0; j < shownCols; j++) {
        s.append(j == 0 ? "" : ", ").append(String.format("%.4g", data[i * cols + j]));
      }
      s.append(cols > shownCols ? ", …]" : "]");
    }
    return s.append(rows > shownRows ? ", …]" : "]").toString();
  }
}
