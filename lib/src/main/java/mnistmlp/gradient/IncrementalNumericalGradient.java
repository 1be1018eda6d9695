package mnistmlp.gradient;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h for every parameter, with the loss really
 * evaluated at θ + h and at θ − h, recomputing only what one nudge changes: each image goes
 * through its forward pass once, and a nudge moves one hidden pre-activation or one logit of it
 * (W1[i][j] only in images whose pixel i is not 0, about 20% of MNIST's pixels). For a moved a1_j
 * the loss is evaluated as written: σ(a1_j ± ε), the ten logits, their softmax and −log(y_t + δ),
 * once per distinct pixel value of an image (about 66 instead of about 150 non-zero pixels). No
 * series and no derivative formula is involved ({@code gradient.fast.CentralDifferences}).
 *
 * <p>Instances keep their working arrays between calls and are not meant to be shared between
 * threads that compute at the same time.
 */
public final class IncrementalNumericalGradient extends CentralDifferenceMethod {

  /** h = 1e−4 like the notes, all cores. */
  public IncrementalNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public IncrementalNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  private IncrementalNumericalGradient(double h, int threads) {
    super(h, threads, false);
  }

  /**
   * The same method with the images shared out to 2·{@code threads} shares on a parallel stream
   * (the JDK's common pool), or, with 1, to the calling thread alone.
   */
  public IncrementalNumericalGradient withThreads(int threads) {
    return new IncrementalNumericalGradient(h, threads);
  }

  @Override
  public String name() {
    return "incremental";
  }
}
