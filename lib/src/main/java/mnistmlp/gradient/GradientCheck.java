package mnistmlp.gradient;

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
   * One parameter's comparison: the largest and the mean |a − b| (the mean is what the book
   * prints), and the scale-free ‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are zero.
   */
  public record Difference(String parameter, double maxAbsolute, double meanAbsolute, double relative) {}

  public static List<Difference> compare(Parameters a, Parameters b) {
    return Parameters.NAMES.stream().map(name -> compare(name, a.get(name), b.get(name))).toList();
  }

  static Difference compare(String name, Matrix a, Matrix b) {
    a.requireSameShape(b, "compare gradients of " + name + ":");
    double max = 0, sum = 0, diffSquares = 0, aSquares = 0, bSquares = 0;
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
    return new Difference(name, max, x.length == 0 ? 0 : sum / x.length, norms == 0 ? 0 : Math.sqrt(diffSquares) / norms);
  }
}
