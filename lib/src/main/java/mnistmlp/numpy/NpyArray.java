package mnistmlp.numpy;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import mnistmlp.math.Matrix;

/**
 * One array as a {@code .npy} file holds it: an element type, a shape, and the values in C order. Floating-point
 * values are kept as doubles, integer and boolean ones as longs, so that int64 labels survive a round trip exactly.
 */
public final class NpyArray {
  private final DType dtype;
  private final int[] shape;
  final double[] doubles;
  final long[] longs;

  private NpyArray(DType dtype, int[] shape, double[] doubles, long[] longs) {
    if (dtype.isFloatingPoint() != (doubles != null)) {
      throw new IllegalArgumentException(dtype.descr() + " is not " + (doubles != null ? "a floating-point" : "an integer") + " type");
    }
    long expected = Arrays.stream(shape).asLongStream().reduce(1, Math::multiplyExact); // throws beyond a long
    long actual = doubles != null ? doubles.length : longs.length;
    if (expected != actual) {
      throw new IllegalArgumentException("shape " + shapeString(shape) + " needs " + expected + " values, got " + actual);
    }
    this.dtype = dtype;
    this.shape = shape.clone();
    this.doubles = doubles;
    this.longs = longs;
  }

  /** A floating-point array (float64 or float32) over {@code values}, not copied. */
  public static NpyArray ofDoubles(DType dtype, int[] shape, double[] values) {
    return new NpyArray(dtype, shape, values, null);
  }

  /** An integer or boolean array over {@code values}, not copied; every value must fit the type. */
  public static NpyArray ofLongs(DType dtype, int[] shape, long[] values) {
    NpyArray array = new NpyArray(dtype, shape, null, values);
    for (int k = 0; k < values.length; k++) {
      if (!dtype.holds(values[k])) {
        throw new IllegalArgumentException("value " + values[k] + " at index " + k + " does not fit " + dtype.descr());
      }
    }
    return array;
  }

  /** A float64 array with the matrix's 2-D shape. */
  public static NpyArray of(Matrix m) {
    return ofDoubles(DType.FLOAT64, new int[] {m.rows(), m.cols()}, m.data().clone());
  }

  public DType dtype() {
    return dtype;
  }

  public int[] shape() {
    return shape.clone();
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
    return Objects.requireNonNull(longs, () -> "a " + dtype.descr() + " array holds no integers").clone();
  }

  /** A 2-D array as a matrix, or a 1-D array of n values as a (1, n) row. */
  public Matrix toMatrix() {
    return new Matrix(shape.length == 1 ? 1 : shape[0], shape[shape.length - 1], toDoubles());
  }

  static String shapeString(int[] shape) {
    String dims = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    return "(" + dims + (shape.length == 1 ? ",)" : ")");
  }
}
