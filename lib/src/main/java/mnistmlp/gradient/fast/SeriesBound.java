package mnistmlp.gradient.fast;

/**
 * Where the series of a loss change, cut after ε³, may stand in for evaluating it, computed from
 * the weights.
 *
 * <p><b>The argument.</b> Extend ℓ(ε) to complex ε. Nudging logits by d_k gives ℓ(ε) − ℓ(0) =
 * −log(1 + g), g = s·(ρ − 1), ρ = 1 / Σ_k y_k·e^(u_k), u_k = d_k − d_t, s ≤ 1. If every
 * |u_k| ≤ U &lt; π/2, then |e^u − 1| ≤ e^U − 1 and Re e^u ≥ e^(−U)·cos U, so (as Σ_k y_k = 1)
 *
 * <pre>|g| ≤ G(U) = (e^U − 1)·e^U / cos U,   and if G &lt; 1:   |ℓ(ε) − ℓ(0)| ≤ M = −log(1 − G).</pre>
 *
 * On a disc |ε| ≤ R where that holds, Cauchy's estimate bounds the coefficient of ε^p by M/R^p.
 * F(ε) = ℓ(ε) − ℓ(−ε) keeps twice the odd ones, so what the series leaves out, from ε⁵ on, is
 * at most 2M·q⁵/(1 − q²) at |ε| = q·R. It is used only where that is at most
 * τ = 2h·{@value #GRADIENT_ERROR}: summed over the batch and divided by 2h·N, the truncation then
 * moves no gradient entry by more than {@value #GRADIENT_ERROR}.
 *
 * <ul>
 *   <li>A logit moving by ε: u_k = ±ε, so U = R.
 *   <li>Hidden unit j moving by ε: u_k = (W2[j][k] − W2[j][t])·Δz. For |Im w| ≤ 1,
 *       |σ'(w)| = 1 / (4|cosh(w/2)|²) ≤ {@link #SIGMOID_SLOPE}, so with R ≤ 1,
 *       U = spread_j·{@link #SIGMOID_SLOPE}·R, spread_j = max_k W2[j][k] − min_k W2[j][k].
 * </ul>
 *
 * R is chosen so that U = {@value #U}, near where the allowed step R·q is largest (G ≈ 0.91,
 * M ≈ 2.4), but never above 1 for a hidden unit.
 */
final class SeriesBound {
  /** How far the truncation may move a gradient entry. */
  static final double GRADIENT_ERROR = 1e-12;
  /** 1 / (4cos²½): the sigmoid's largest slope on the strip |Im w| ≤ 1. */
  static final double SIGMOID_SLOPE = 1 / (4 * Math.cos(0.5) * Math.cos(0.5));
  static final double U = 0.43;

  private SeriesBound() {}

  /** G(U), a bound on |s·(ρ − 1)|. */
  static double ratioBound(double u) {
    return Math.expm1(u) * Math.exp(u) / Math.cos(u);
  }

  /** M = −log(1 − G(U)), a bound on |ℓ(ε) − ℓ(0)| on the disc. */
  static double lossBound(double u) {
    double g = ratioBound(u);
    if (!(g < 1)) {
      throw new IllegalArgumentException("U = " + u + " gives G = " + g + " ≥ 1: no bound");
    }
    return -Math.log1p(-g);
  }

  /**
   * The largest |ε| with 2M·q⁵/(1 − q²) ≤ τ: with q ≤ ½, 1/(1 − q²) ≤ 4/3 and q⁵ ≤ 3τ/(8M) is
   * enough.
   */
  static double largestStep(double radius, double m, double h) {
    double tau = 2 * h * GRADIENT_ERROR;
    return radius * (m == 0 ? 0.5 : Math.min(0.5, Math.pow(3 * tau / (8 * m), 1.0 / 5)));
  }

  static double logitLargestStep(double h) {
    return largestStep(U, lossBound(U), h);
  }

  /** For a hidden unit whose outgoing weights span {@code spread}. */
  static double hiddenLargestStep(double spread, double h) {
    double slope = spread * SIGMOID_SLOPE;
    double radius = slope <= U ? 1.0 : U / slope;
    return largestStep(radius, lossBound(slope * radius), h);
  }
}
