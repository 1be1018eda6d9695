package mnistmlp.gradient;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/** The naive gradient on a random sample of entries, for networks where all of it would take too long. */
final class SampledAgreement {
  private SampledAgreement() {}

  /**
   * max |candidate − naive| over {@code samples} random entries, drawn from each parameter in
   * proportion to its size but at least a few from every one.
   */
  static double maxDifferenceToNaive(TwoLayerNet net, Batch batch, Parameters candidate, int samples, Random random) {
    NaiveNumericalGradient naive = new NaiveNumericalGradient();
    double worst = 0;
    int total = net.params().count();
    for (String name : Parameters.NAMES) {
      double[] theta = net.params().get(name).data();
      int count = Math.max(5, (int) Math.round((double) samples * theta.length / total));
      for (int s = 0; s < count; s++) {
        int k = random.nextInt(theta.length);
        double expected = naive.partialDerivative(theta, k, net, batch);
        worst = Math.max(worst, Math.abs(candidate.get(name).data()[k] - expected));
      }
    }
    return worst;
  }
}
