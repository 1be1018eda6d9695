package mnistmlp.numpy;

import java.util.Arrays;
import mnistmlp.math.Matrix;

/**
 * One array as a {@code .npy} file holds it: an element type, a shape, and the values in C order.
 * Floating-point values are kept as doubles, integer and boolean ones as longs, so that a label
 * file's int64 values survive a round trip exactly.
 */
public final class NpyArray {
  private final DType dtype;
  private final int[] shape;
  private final double[] doubles;
  private final long[] longs;

  private NpyArray(DType dtype, int[] shape, double[] doubles, long[] longs) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.doubles = doubles;
    this.longs = longs;
    long expected = elementCount(shape);
    long actual = doubles != null ? doubles.length : longs.length;
    if (expected != actual) {
      throw new IllegalArgumentException(
          "shape " + shapeString(shape) + " needs " + expected + " values, got " + actual);
    }
  }

  /** A floating-point array (float64 or float32) over {@code values}, not copied. */
  public static NpyArray ofDoubles(DType dtype, int[] shape, double[] values) {
    if (!dtype.isFloatingPoint()) {
      throw new IllegalArgumentException(dtype.descr() + " is not a floating-point type");
    }
    return new NpyArray(dtype, shape, values, null);
  }

  /** An integer or boolean array over {@code values}, not copied. */
  public static NpyArray ofLongs(DType dtype, int[] shape, long[] values) {
    if (dtype.isFloatingPoint()) {
      throw new IllegalArgumentException(dtype.descr() + " is not an integer type");
    }
    for (int k = 0; k < values.length; k++) {
      if (!dtype.holds(values[k])) {
        throw new IllegalArgumentException("value " + values[k] + " at index " + k + " does not fit " + dtype.descr());
      }
    }
    return new NpyArray(dtype, shape, null, values);
  }

  /** A float64 array with the matrix's 2-D shape. */
  public static NpyArray of(Matrix m) {
    return ofDoubles(DType.FLOAT64, new int[] {m.rows(), m.cols()}, m.data().clone());
  }

  /** A 1-D int64 array, how NumPy stores labels by default. */
  public static NpyArray ofLabels(int[] labels) {
    return ofLongs(DType.INT64, new int[] {labels.length}, Arrays.stream(labels).asLongStream().toArray());
  }

  public DType dtype() {
    return dtype;
  }

  public int[] shape() {
    return shape.clone();
  }

  public int ndim() {
    return shape.length;
  }

  public long size() {
    return elementCount(shape);
  }

  /** The shape as NumPy prints it: {@code (3, 4)}, {@code (10,)}, {@code ()}. */
  public String shapeString() {
    return shapeString(shape);
  }

  /** Every value as a double, C order (integers converted). */
  public double[] toDoubles() {
    return doubles != null ? doubles.clone() : Arrays.stream(longs).asDoubleStream().toArray();
  }

  /** Every value as a long; only for integer and boolean arrays. */
  public long[] toLongs() {
    if (longs == null) {
      throw new IllegalStateException("a " + dtype.descr() + " array holds no integers");
    }
    return longs.clone();
  }

  /** A 2-D array as a matrix, or a 1-D array of n values as a (1, n) row. */
  public Matrix toMatrix() {
    return switch (shape.length) {
      case 2 -> Matrix.wrap(shape[0], shape[1], toDoubles());
      case 1 -> Matrix.wrap(1, shape[0], toDoubles());
      default -> throw new IllegalStateException("a " + shapeString() + " array is not a matrix");
    };
  }

  /** The raw storage, for the writer: exactly one of the two is non-null. */
  double[] doublesOrNull() {
    return doubles;
  }

  long[] longsOrNull() {
    return longs;
  }

  /** The number of values a shape holds; throws {@link ArithmeticException} beyond a long. */
  public static long elementCount(int[] shape) {
    long n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  static String shapeString(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      s.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return s.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyArray a
        && dtype == a.dtype
        && Arrays.equals(shape, a.shape)
        && Arrays.equals(doubles, a.doubles)
        && Arrays.equals(longs, a.longs);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(doubles) + Arrays.hashCode(longs);
  }

  @Override
  public String toString() {
    return "NpyArray(" + dtype.descr() + ", " + shapeString() + ")";
  }
}
