package mnistmlp.gradient;

import java.util.ArrayList;
import java.util.List;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;

/**
 * How far apart two gradients are, parameter by parameter: the book's gradient check, which is
 * how one trusts backpropagation (or any faster method) against the slow numerical reference.
 */
public final class GradientCheck {
  private GradientCheck() {}

  /**
   * One parameter's comparison.
   *
   * @param maxAbsolute the largest |a − b| over its entries
   * @param meanAbsolute the mean |a − b|, what the book prints
   * @param relative ‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are zero: scale-free, unlike the others
   */
  public record Difference(String parameter, double maxAbsolute, double meanAbsolute, double relative) {}

  public static List<Difference> compare(Parameters a, Parameters b) {
    List<Difference> rows = new ArrayList<>();
    for (String name : Parameters.NAMES) {
      rows.add(compare(name, a.get(name), b.get(name)));
    }
    return rows;
  }

  /** The largest absolute difference over every entry of every parameter. */
  public static double maxAbsoluteDifference(Parameters a, Parameters b) {
    return compare(a, b).stream().mapToDouble(Difference::maxAbsolute).max().orElse(0);
  }

  static Difference compare(String name, Matrix a, Matrix b) {
    a.requireSameShape(b, "compare gradients of " + name + ":");
    double max = 0;
    double sum = 0;
    double diffSquares = 0;
    double aSquares = 0;
    double bSquares = 0;
    double[] x = a.data();
    double[] y = b.data();
    for (int k = 0; k < x.length; k++) {
      double d = Math.abs(x[k] - y[k]);
      max = Math.max(max, d);
      sum += d;
      diffSquares += d * d;
      aSquares += x[k] * x[k];
      bSquares += y[k] * y[k];
    }
    double norms = Math.sqrt(aSquares) + Math.sqrt(bSquares);
    double relative = norms == 0 ? 0 : Math.sqrt(diffSquares) / norms;
    return new Difference(name, max, x.length == 0 ? 0 : sum / x.length, relative);
  }
}
