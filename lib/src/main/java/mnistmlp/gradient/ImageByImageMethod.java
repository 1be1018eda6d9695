package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.gradient.fast.ImageByImage;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * What the incremental and the fast numerical gradients share: the notes' step h, the threads
 * the batch is shared out to, and {@link ImageByImage}, which sums the loss changes image by image
 * (by evaluation for the one, by series for the other).
 */
abstract class ImageByImageMethod implements GradientMethod {
  final double h;
  final int threads;
  final ImageByImage differences;

  ImageByImageMethod(double h, int threads, boolean series) {
    this.h = Numbers.requirePositiveFinite("h", h);
    this.threads = threads;
    this.differences = series ? ImageByImage.bySeries(h, threads) : ImageByImage.evaluating(h, threads);
  }

  public double h() {
    return h;
  }

  public int threads() {
    return threads;
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    return differences.gradient(net, batch);
  }

  @Override
  public Parameters gradient(TwoLayerNet net, SparseRows x, int[] labels) {
    return differences.gradient(net, x, labels);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[h=" + h + ", threads=" + threads + "]";
  }
}
