package mnistmlp.exercises;

import java.io.PrintStream;
import mnistmlp.math.Matrix;

/**
 * Yours against the reference: a function written in a lesson's cell, compared with the jar's
 * tested version on the same inputs. {@link #compare} prints the largest difference and throws
 * when it exceeds the stated bound, so a wrong cell stops Run All right where it is.
 */
public final class Reference {
  private static PrintStream out;

  private Reference() {}

  /** The largest |yours − reference| over all entries; NaN anywhere counts as infinitely far. */
  public static double largestDifference(Matrix yours, Matrix reference) {
    yours.requireSameShape(reference, "compare");
    double largest = 0;
    double[] a = yours.data();
    double[] b = reference.data();
    for (int k = 0; k < a.length; k++) {
      largest = Math.max(largest, distance(a[k], b[k]));
    }
    return largest;
  }

  /** Prints {@code what: largest |yours − jar| = … (bound …)} and throws above the bound. */
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
    return a == b ? 0 : Math.abs(a - b);  // a == b: the same infinity is no difference
  }

  static void printTo(PrintStream stream) {
    out = stream;
  }

  private static void report(String what, double largest, double bound) {
    String difference = largest == 0 ? "0" : String.format("%.2e", largest);
    String line = String.format("%s: largest |yours − jar| = %s (bound %.0e)",
        what, difference, bound);
    if (!(largest <= bound)) {
      throw new IllegalStateException(line + ": yours differs from the jar's tested version");
    }
    (out != null ? out : System.out).println(line + " ✓");
  }
}
