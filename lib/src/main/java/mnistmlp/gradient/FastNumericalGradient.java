package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.gradient.fast.CentralDifferences;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h with the same h, evaluated by a truncated
 * power series in h (Taylor mode) wherever a bound shows the series is exact to rounding, and by
 * {@link IncrementalNumericalGradient}'s evaluation everywhere else.
 *
 * <p><b>How.</b> Like the incremental method it takes each image through its forward pass once and
 * sums, image by image, how much one nudge changes the image's loss: a W1 or b1 nudge moves one
 * hidden pre-activation, a W2 or b2 nudge one logit. That change is an odd function of the step
 * plus an even part that cancels between +h and −h: F(ε) = c1·ε + c3·ε³ + c5·ε⁵ + …. The
 * coefficients come from exact identities (softmax's ratio form, σ′ = σ(1 − σ), the moments of the
 * outgoing weights) once per image and unit; each step then costs a few multiplications instead of
 * a sigmoid, ten exponentials and a logarithm. W1's sums over the images then run along the
 * inputs' columns, skipping zero pixels, as backprop's xᵀ·δ does ({@code gradient.fast.CentralDifferences}).
 *
 * <p><b>What it really is.</b> The first coefficient c1 is twice the derivative backpropagation
 * computes, s·(y − t) for a logit and σ′·(W2·s(y − t)) for a hidden unit; c3·h³ and c5·h⁵ add the
 * central difference's own truncation error. So this is the chain rule carried to the fifth power
 * of h, which gets the central-difference quotient right without evaluating the loss at θ ± h.
 *
 * <p><b>The bound.</b> The series is used only where Cauchy's estimate shows that the terms it
 * leaves out, from h⁷ on, move no gradient entry by more than 1e−12. The estimate's constant M, a
 * bound on the loss change over a disc of complex steps, is computed from the weights: from the
 * spread max_k W2[j][k] − min_k W2[j][k] of each hidden unit's outgoing weights, through
 * |s·(ρ − 1)| ≤ (e^U − 1)·e^U / cos U and M = −log(1 − that) (the argument is in
 * {@code mnistmlp.gradient.fast.SeriesBound}). With the notes' h = 1e−4 and pixels in [0, 1] it
 * holds everywhere for both initialisations; at h = 1e−2 the logits fall back to evaluation.
 *
 * <p>Instances keep their working arrays between calls and are not meant to be shared between
 * threads that compute at the same time.
 */
public final class FastNumericalGradient implements GradientMethod {
  private final double h;
  private final int threads;
  private final CentralDifferences sums;

  /** h = 1e−4 like the notes, all cores. */
  public FastNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public FastNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  private FastNumericalGradient(double h, int threads) {
    this.h = Numbers.requirePositiveFinite("h", h);
    this.threads = threads;
    this.sums = CentralDifferences.bySeries(h, threads);
  }

  /**
   * The same method with the images' coefficients computed in 2·{@code threads} shares on a
   * parallel stream (the JDK's common pool), or, with 1, on the calling thread alone.
   */
  public FastNumericalGradient withThreads(int threads) {
    return new FastNumericalGradient(h, threads);
  }

  @Override
  public String name() {
    return "fast";
  }

  public double h() {
    return h;
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    return sums.gradient(net, batch);
  }

  @Override
  public Parameters gradient(TwoLayerNet net, SparseRows x, int[] labels) {
    return sums.gradient(net, x, labels);
  }

  /** Loss changes the series gave, since this was created. */
  public long seriesSteps() {
    return sums.seriesSteps();
  }

  /** Loss changes evaluated because the series' bound did not hold, since this was created. */
  public long exactEvaluations() {
    return sums.evaluatedSteps();
  }

  @Override
  public String toString() {
    return "FastNumericalGradient[h=" + h + ", threads=" + threads + "]";
  }
}
