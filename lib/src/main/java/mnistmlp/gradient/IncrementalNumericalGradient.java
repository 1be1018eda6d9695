package mnistmlp.gradient;

import mnistmlp.gradient.fast.CentralDifferences;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h for every parameter, with the loss really
 * evaluated at θ ± h, recomputing only what one nudge changes: each image goes through its forward
 * pass once, and a nudge moves one hidden pre-activation or one logit of it (W1[i][j] only in
 * images whose pixel i is not 0, about 20% of MNIST's pixels). For a moved a1_j the loss is
 * evaluated as written, once per distinct pixel value of an image (about 66 instead of about 150
 * non-zero pixels). No series and no derivative formula is involved.
 */
public final class IncrementalNumericalGradient extends CentralDifferences {

  /** h = 1e−4 like the notes, all cores. */
  public IncrementalNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public IncrementalNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  /** The images shared out to 2·{@code threads} shares on the cores, or with 1 kept on the calling thread. */
  public IncrementalNumericalGradient(double h, int threads) {
    super(h, threads, false);
  }

  @Override
  public String name() {
    return "incremental";
  }
}
