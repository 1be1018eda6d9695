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
    // e^−|x| is e^−x for x ≥ 0 and e^x below: both forms at once, with no branch on the sign to
    // mispredict (the hidden units' inputs change sign at random).
    double e = Math.exp(-Math.abs(x));
    return (x >= 0 ? 1.0 : e) / (1.0 + e);
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
