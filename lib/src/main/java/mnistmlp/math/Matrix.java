package mnistmlp.math;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A dense matrix of doubles stored row by row in one array, as a C-order NumPy array is: just what
 * the lessons need. A vector is a matrix with one row, as {@code b1} is (1, 50) in the notes. The
 * array is not copied: {@link #data()} is the matrix itself, for loops that must not allocate.
 */
public record Matrix(int rows, int cols, double[] data) {
  public Matrix {
    if (data.length != valueCount(rows, cols)) {
      throw new IllegalArgumentException(
          "shape (" + rows + ", " + cols + ") needs " + rows * cols + " values, got " + data.length);
    }
  }

  public static Matrix zeros(int rows, int cols) {
    return new Matrix(rows, cols, new double[valueCount(rows, cols)]);
  }

  /** rows × cols, refused when negative or too many for one array, before anything is allocated. */
  private static int valueCount(int rows, int cols) {
    long count = (long) rows * cols;
    if (rows < 0 || cols < 0 || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(rows < 0 || cols < 0 ? "negative shape (" + rows + ", " + cols + ")"
          : "shape (" + rows + ", " + cols + ") has " + count + " values, more than one array can hold");
    }
    return (int) count;
  }

  /** A copy of a rectangular Java array; every row must have the same length. */
  public static Matrix of(double[][] values) {
    int cols = values.length == 0 ? 0 : values[0].length;
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != cols) {
        throw new IllegalArgumentException(
            "ragged array: row 0 has " + cols + " values, row " + i + " has " + values[i].length);
      }
    }
    return generated(values.length, cols, k -> values[k / cols][k % cols]);
  }

  /** A (1, n) row vector, the shape the notes give their biases. */
  public static Matrix row(double... values) {
    return new Matrix(1, values.length, values.clone());
  }

  /** Standard-normal entries, like {@code np.random.randn(rows, cols)}. */
  public static Matrix randn(int rows, int cols, Random random) {
    return generated(rows, cols, k -> random.nextGaussian()); // in index order: row by row, as NumPy draws
  }

  /** A new rows × cols matrix whose k-th value (row-major) is {@code value(k)}, set in index order. */
  private static Matrix generated(int rows, int cols, IntToDoubleFunction value) {
    Matrix out = zeros(rows, cols);
    Arrays.setAll(out.data, value);
    return out;
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

  public double[] rowCopy(int i) {
    Objects.checkIndex(i, rows);
    return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
  }

  public double[][] toArray() {
    return IntStream.range(0, rows).mapToObj(this::rowCopy).toArray(double[][]::new);
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

  public Matrix transpose() {
    return generated(cols, rows, k -> data[(k % rows) * cols + k / rows]); // out[j][i] = this[i][j], k = j·rows + i
  }

  /** Adds a (1, cols) row to every row, as NumPy broadcasts {@code x @ W + b}. */
  public Matrix plusRow(Matrix row) {
    if (row.rows != 1 || row.cols != cols) {
      throw new IllegalArgumentException("cannot add a row of shape " + row.shape() + " to " + shape());
    }
    return generated(rows, cols, k -> data[k] + row.data[k % cols]);
  }

  public Matrix minus(Matrix other) {
    return elementWise(other, "subtract", (a, b) -> a - b);
  }

  public Matrix times(double factor) {
    return map(v -> v * factor);
  }

  /** Element-wise product. */
  public Matrix hadamard(Matrix other) {
    return elementWise(other, "multiply element-wise", (a, b) -> a * b);
  }

  private Matrix elementWise(Matrix other, String operation, DoubleBinaryOperator f) {
    requireSameShape(other, operation);
    return generated(rows, cols, k -> f.applyAsDouble(data[k], other.data[k]));
  }

  public Matrix map(DoubleUnaryOperator f) {
    return generated(rows, cols, k -> f.applyAsDouble(data[k]));
  }

  /** The sum down each column, a (1, cols) row: the gradient of a broadcast bias. */
  public Matrix sumRows() {
    return generated(1, cols, j -> IntStream.range(0, rows).mapToDouble(i -> get(i, j)).reduce(0, Double::sum));
  }

  /** The column index of the largest value in each row, like {@code np.argmax(x, axis=1)}. */
  public int[] argmaxRows() {
    return IntStream.range(0, rows).map(i -> argmax(data, i * cols, cols)).toArray();
  }

  /** The index k &lt; length of the largest {@code values[from + k]}; ties keep the first, as NumPy. */
  public static int argmax(double[] values, int from, int length) {
    int best = 0;
    for (int k = 1; k < length; k++) {
      best = values[from + k] > values[from + best] ? k : best;
    }
    return best;
  }

  /** Subtracts {@code factor · other} in place: the update θ ← θ − lr·g. */
  public void subtractInPlace(double factor, Matrix other) {
    requireSameShape(other, "update");
    for (int k = 0; k < data.length; k++) { // a plain loop: the training loop's update, vectorised
      data[k] -= factor * other.data[k];
    }
  }

  public double max() {
    return Arrays.stream(data).max().orElse(Double.NaN);
  }

  public double min() {
    return Arrays.stream(data).min().orElse(Double.NaN);
  }

  /** The plain left-to-right sum, as a loop would add (not the compensated sum of {@code DoubleStream.sum}). */
  public double sum() {
    return Arrays.stream(data).reduce(0, Double::sum);
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
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + shape());
    }
    return i * cols + j;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix m && sameShape(m) && Arrays.equals(data, m.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  /** A preview of at most 6 rows and 8 columns: {@code Matrix(2, 3) [[1.000, 2.000, 3.000], [4.000, …]]}. */
  @Override
  public String toString() {
    return "Matrix" + shape() + " " + IntStream.range(0, Math.min(rows, 6))
        .mapToObj(i -> IntStream.range(0, Math.min(cols, 8)).mapToObj(j -> String.format(Locale.ROOT, "%.4g", get(i, j)))
            .collect(Collectors.joining(", ", "[", cols > 8 ? ", …]" : "]")))
        .collect(Collectors.joining(", ", "[", rows > 6 ? ", …]" : "]"));
  }
}
