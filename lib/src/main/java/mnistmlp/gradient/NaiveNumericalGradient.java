package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' {@code numerical_gradient}, exactly: for one parameter at a time, nudge it by ±h,
 * evaluate the whole batch loss twice, take (f(θ+h) − f(θ−h)) / 2h, and put the value back. Two
 * full forward passes per parameter, 79,520 for the notes' network: the slow reference every
 * faster method is checked against.
 */
public final class NaiveNumericalGradient implements GradientMethod {
  /** The notes' step: small enough for the truncation error, large enough for rounding. */
  public static final double DEFAULT_H = 1e-4;

  private final double h;

  public NaiveNumericalGradient() {
    this(DEFAULT_H);
  }

  public NaiveNumericalGradient(double h) {
    this.h = Numbers.requirePositiveFinite("h", h);
  }

  @Override
  public String name() {
    return "naive";
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    return Parameters.of(gradientOf("W1", net, batch), gradientOf("b1", net, batch),
        gradientOf("W2", net, batch), gradientOf("b2", net, batch));
  }

  @Override
  public Matrix gradientOf(String name, TwoLayerNet net, Batch batch) {
    Matrix theta = net.params().get(name);
    Matrix out = Matrix.zeros(theta.rows(), theta.cols());
    for (int k = 0; k < theta.size(); k++) {
      out.data()[k] = partialDerivative(theta.data(), k, net, batch);
    }
    return out;
  }

  /** ∂L/∂θ_k for one entry of a parameter's array, restoring the entry afterwards. */
  public double partialDerivative(double[] theta, int k, TwoLayerNet net, Batch batch) {
    double saved = theta[k];
    try {
      theta[k] = saved + h;
      double lossPlus = net.loss(batch);
      theta[k] = saved - h;
      return (lossPlus - net.loss(batch)) / (2 * h);
    } finally {
      theta[k] = saved;
    }
  }
}
