package mnistmlp.gradient;

import mnistmlp.gradient.fast.CentralDifferences;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h with the same h, by a truncated power
 * series in h (Taylor mode) wherever a bound shows the series is exact to rounding, and by
 * {@link IncrementalNumericalGradient}'s evaluation everywhere else.
 *
 * <p><b>How.</b> A nudge moves one hidden pre-activation or one logit of each image, and changes
 * its loss by an odd function of the step (the even part cancels between +h and −h):
 * F(ε) = c1·ε + c3·ε³ + …. The coefficients come from the chain rule once per image and unit;
 * each step then costs a few multiplications instead of a sigmoid, ten exponentials and a
 * logarithm. c1 is twice the derivative backpropagation computes, and c3·h³ adds the central
 * difference's own truncation error: the chain rule carried to the third power of h.
 *
 * <p><b>The bound.</b> The series is used only where Cauchy's estimate, computed from the spread of
 * each hidden unit's outgoing weights, shows that the terms it leaves out move no gradient entry
 * by more than 1e−12 ({@code gradient.fast.SeriesBound}); the other loss changes are evaluated.
 * With the notes' h = 1e−4 and pixels in [0, 1], that holds unless the outgoing weights of a hidden
 * unit spread over more than about 6.6 (a standard-normal start rarely has one); from h ≈ 2.6e−4
 * on, the logits' changes are evaluated.
 */
public final class FastNumericalGradient extends CentralDifferences {

  /** h = 1e−4 like the notes, all cores. */
  public FastNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public FastNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  /** The images shared out to 2·{@code threads} shares on the cores, or with 1 kept on the calling thread. */
  public FastNumericalGradient(double h, int threads) {
    super(h, threads, true);
  }

  @Override
  public String name() {
    return "fast";
  }
}
