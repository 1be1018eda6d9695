package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.gradient.fast.CentralDifferences;
import mnistmlp.math.Numbers;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/** What the incremental and the fast gradient share: the notes' step h, the threads, and their sums. */
abstract class CentralDifferenceMethod implements GradientMethod {
  final double h;
  final int threads;
  final CentralDifferences sums;

  CentralDifferenceMethod(double h, int threads, boolean series) {
    this.h = Numbers.requirePositiveFinite("h", h);
    this.threads = threads;
    this.sums = series ? CentralDifferences.bySeries(h, threads) : CentralDifferences.evaluating(h, threads);
  }

  public double h() {
    return h;
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    return sums.gradient(net, batch);
  }

  @Override
  public void gradient(TwoLayerNet net, SparseRows x, int[] labels, Parameters out) {
    sums.gradient(net, x, labels, out);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[h=" + h + ", threads=" + threads + "]";
  }
}
