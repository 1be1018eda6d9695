package mnistmlp.exercises;

import java.util.Locale;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;

/**
 * A function written in a lesson's cell against the jar's tested version on the same inputs:
 * {@link #compare} prints the largest difference and throws above the bound, stopping Run All there.
 */
public final class Reference {
  private Reference() {}

  /** The largest |yours − reference| over all entries; NaN anywhere counts as infinitely far. */
  public static double largestDifference(Matrix yours, Matrix reference) {
    yours.requireSameShape(reference, "compare");
    return IntStream.range(0, yours.size()).mapToDouble(k -> distance(yours.data()[k], reference.data()[k]))
        .max().orElse(0);
  }

  /** Prints {@code what: largest |yours − jar| = … (bound …) ✓}, or throws above the bound. */
  public static void compare(String what, Matrix yours, Matrix reference, double bound) {
    report(what, largestDifference(yours, reference), bound);
  }

  /** The same for one number, such as a loss. */
  public static void compare(String what, double yours, double reference, double bound) {
    report(what, distance(yours, reference), bound);
  }

  static double distance(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
    }
    return a == b ? 0 : Math.abs(a - b); // a == b: the same infinity is no difference
  }

  private static void report(String what, double largest, double bound) {
    String difference = largest == 0 ? "0" : String.format(Locale.ROOT, "%.2e", largest);
    String line = Texts.format("%s: largest |yours − jar| = %s (bound %.0e)", what, difference, bound);
    if (!(largest <= bound)) {
      throw new IllegalStateException(Texts.format("%s: yours differs from the jar's tested version", line));
    }
    System.out.println(line + " ✓");
  }
}
