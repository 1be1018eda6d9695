package mnistmlp.functions;

import mnistmlp.math.Matrix;

/**
 * The sigmoid σ(x) = 1 / (1 + e^−x), the hidden layer's activation. Like the study notes, it uses
 * two equal forms so that {@code exp} never sees a positive argument: 1 / (1 + e^−x) for x ≥ 0,
 * e^x / (1 + e^x) for x &lt; 0. Neither can overflow, so σ is finite for every input, ±∞ included.
 */
public final class Sigmoid {
  private Sigmoid() {}

  public static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  public static Matrix sigmoid(Matrix x) {
    return x.map(Sigmoid::sigmoid);
  }

  /** σ'(x) = σ(x)(1 − σ(x)), what backpropagation multiplies by. */
  public static double derivative(double x) {
    double s = sigmoid(x);
    return s * (1.0 - s);
  }
}
