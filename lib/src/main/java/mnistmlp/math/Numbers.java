package mnistmlp.math;

/**
 * The one test for a finite-difference step, a learning rate or a value on a logarithmic axis: a
 * positive, finite number (NaN fails, as every comparison with NaN is false).
 */
public final class Numbers {
  private Numbers() {}

  public static boolean isPositiveFinite(double value) {
    return value > 0 && value < Double.POSITIVE_INFINITY;
  }

  /** {@code value}, or an {@link IllegalArgumentException}: "{what} must be a positive number, got …". */
  public static double requirePositiveFinite(String what, double value) {
    if (!isPositiveFinite(value)) {
      throw new IllegalArgumentException(what + " must be a positive number, got " + value);
    }
    return value;
  }
}
