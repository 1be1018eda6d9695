package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.gradient.fast.CentralDifferences;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h for every parameter, with the loss really
 * evaluated at θ + h and at θ − h, recomputing only what one nudge changes.
 *
 * <p>L is the mean of the images' losses, so its change is the sum of theirs over N. Each image
 * goes through its forward pass once (a1, z, a2, y kept); then, for one nudge:
 *
 * <ul>
 *   <li>W1[i][j] ± h moves one hidden pre-activation a1_j by ±h·x_i, and only in images whose pixel
 *       i is not 0: about 80% of MNIST's pixels are 0, and their images' losses do not change;
 *   <li>b1[j] ± h moves a1_j by ±h in every image;
 *   <li>W2[j][k] ± h moves one logit a2_k by ±h·z_j; b2[k] ± h moves it by ±h.
 * </ul>
 *
 * For a moved a1_j the image's loss is evaluated as written: z_j' = σ(a1_j ± ε), the ten logits
 * a2 + (z_j' − z_j)·W2[j][·], their softmax and −log(y_t + δ). Pixels of one image with the same
 * value move a1_j by the same step and so give the same loss: one evaluation per distinct value
 * (about 66 per MNIST image, instead of about 150 non-zero pixels), per image and unit. No series
 * and no derivative formula is involved; the cost is a few thousand loss evaluations per image
 * instead of two full forward passes per parameter.
 *
 * <p>Instances keep their working arrays between calls and are not meant to be shared between
 * threads that compute at the same time.
 */
public final class IncrementalNumericalGradient implements GradientMethod {
  private final double h;
  private final int threads;
  private final CentralDifferences sums;

  /** h = 1e−4 like the notes, all cores. */
  public IncrementalNumericalGradient() {
    this(NaiveNumericalGradient.DEFAULT_H);
  }

  public IncrementalNumericalGradient(double h) {
    this(h, Runtime.getRuntime().availableProcessors());
  }

  private IncrementalNumericalGradient(double h, int threads) {
    this.h = Numbers.requirePositiveFinite("h", h);
    this.threads = threads;
    this.sums = CentralDifferences.evaluating(h, threads);
  }

  /**
   * The same method with the batch cut into 2·{@code threads} shares run on a parallel stream (the
   * JDK's common pool: at most as many threads as cores), or, with 1, on the calling thread alone.
   */
  public IncrementalNumericalGradient withThreads(int threads) {
    return new IncrementalNumericalGradient(h, threads);
  }

  @Override
  public String name() {
    return "incremental";
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

  @Override
  public String toString() {
    return "IncrementalNumericalGradient[h=" + h + ", threads=" + threads + "]";
  }
}
