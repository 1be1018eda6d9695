package mnistmlp.gradient;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h with the same h, by a truncated power
 * series in h (Taylor mode) wherever a bound shows the series is exact to rounding, and by
 * {@link IncrementalNumericalGradient}'s evaluation everywhere else.
 *
 * <p><b>How.</b> A nudge moves one hidden pre-activation or one logit of each image, and changes
 * its loss by an odd function of the step (the even part cancels between +h and −h):
 * F(ε) = c1·ε + c3·ε³ + c5·ε⁵ + …. The coefficients come from exact identities once per image and
 * unit; each step then costs a few multiplications instead of a sigmoid, ten exponentials and a
 * logarithm, and W1's sums run along the inputs' columns as backprop's xᵀ·δ does.
 *
 * <p><b>What it really is.</b> c1 is twice the derivative backpropagation computes; c3·h³ and
 * c5·h⁵ add the central difference's own truncation error. So this is the chain rule carried to
 * the fifth power of h, which gets the central-difference quotient right without evaluating the
 * loss at θ ± h.
 *
 * <p><b>The bound.</b> The series is used only where Cauchy's estimate, computed from the spread of
 * each hidden unit's outgoing weights, shows that the terms it leaves out move no gradient entry
 * by more than 1e−12 ({@code gradient.fast.SeriesBound}). With the notes' h = 1e−4 and pixels in
 * [0, 1] it holds everywhere for both initialisations; at h = 1e−2 the logits are evaluated.
 *
 * <p>Instances keep their working arrays between calls and are not meant to be shared between
 * threads that compute at the same time.
 */
public final class FastNumericalGradient extends CentralDifferenceMethod {

  /** h = 1e−4 like the notes, all cores. */
  public FastNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public FastNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  private FastNumericalGradient(double h, int threads) {
    super(h, threads, true);
  }

  /**
   * The same method with the images shared out to 2·{@code threads} shares on a parallel stream
   * (the JDK's common pool), or, with 1, to the calling thread alone.
   */
  public FastNumericalGradient withThreads(int threads) {
    return new FastNumericalGradient(h, threads);
  }

  @Override
  public String name() {
    return "fast";
  }

  /** Loss changes the series gave, since this was created. */
  public long seriesSteps() {
    return sums.seriesSteps();
  }

  /** Loss changes evaluated because the series' bound did not hold, since this was created. */
  public long exactEvaluations() {
    return sums.evaluatedSteps();
  }
}
