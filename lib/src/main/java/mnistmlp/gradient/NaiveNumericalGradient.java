package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' {@code numerical_gradient}, exactly: for one parameter at a time, nudge it by ±h,
 * evaluate the whole batch loss twice, take the central difference (f(θ+h) − f(θ−h)) / 2h, and
 * put the value back. Two full forward passes per parameter: 79,520 of them for the notes'
 * network. It is the reference every faster method is checked against, and it stays this slow.
 */
public final class NaiveNumericalGradient implements GradientMethod {
  /** The notes' step: small enough for the truncation error, large enough for rounding. */
  public static final double DEFAULT_H = 1e-4;

  private final double h;

  public NaiveNumericalGradient() {
    this(DEFAULT_H);
  }

  public NaiveNumericalGradient(double h) {
    this.h = requireStep(h);
  }

  /** h itself if it is a usable step (positive and finite); the numerical methods all check it here. */
  static double requireStep(double h) {
    if (!(h > 0) || Double.isInfinite(h)) {
      throw new IllegalArgumentException("h must be a positive number, got " + h);
    }
    return h;
  }

  @Override
  public String name() {
    return "naive";
  }

  public double h() {
    return h;
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    Parameters gradient = net.params().zerosLike();
    for (String name : Parameters.NAMES) {
      gradientOf(name, net, batch, gradient.get(name));
    }
    return gradient;
  }

  @Override
  public Matrix gradientOf(String name, TwoLayerNet net, Batch batch) {
    Matrix theta = net.params().get(name);
    Matrix out = Matrix.zeros(theta.rows(), theta.cols());
    gradientOf(name, net, batch, out);
    return out;
  }

  /** The gradient of one named parameter, written into {@code out}. */
  public void gradientOf(String name, TwoLayerNet net, Batch batch, Matrix out) {
    double[] theta = net.params().get(name).data();
    for (int k = 0; k < theta.length; k++) {
      out.data()[k] = partialDerivative(theta, k, net, batch);
    }
  }

  /** ∂L/∂θ_k for one entry of a parameter's array, restoring the entry afterwards. */
  public double partialDerivative(double[] theta, int k, TwoLayerNet net, Batch batch) {
    double saved = theta[k];
    try {
      theta[k] = saved + h;
      double lossPlus = net.loss(batch);
      theta[k] = saved - h;
      double lossMinus = net.loss(batch);
      return (lossPlus - lossMinus) / (2 * h);
    } finally {
      theta[k] = saved;
    }
  }
}
