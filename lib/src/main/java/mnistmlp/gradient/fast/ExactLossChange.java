package mnistmlp.gradient.fast;

import mnistmlp.functions.CrossEntropy;
import mnistmlp.functions.Sigmoid;

/**
 * The slow, sure way to get one sample's loss change ℓ(+ε) − ℓ(−ε): recompute the sample's
 * logits with the perturbation, its softmax and its guarded cross-entropy, twice. Used where the
 * series of {@link LossChangeSeries} would not be accurate (large h, large pixel values, extreme
 * weights). It allocates nothing: one scratch row of logits is reused.
 */
final class ExactLossChange {
  private final double[] logits;

  ExactLossChange(int classes) {
    logits = new double[classes];
  }

  /**
   * Hidden unit j's pre-activation moved by ±ε.
   *
   * @param a1 the unit's cached pre-activation, z = σ(a1) its output
   * @param w2Row the unit's outgoing weights W2[j][·], read from {@code w2[offset..offset+classes)}
   * @param a2 the sample's cached logits
   */
  double hiddenUnit(
      double a1, double z, double[] w2, int offset, double[] a2, int label, double epsilon) {
    double plus = lossWithHiddenChange(Sigmoid.sigmoid(a1 + epsilon) - z, w2, offset, a2, label);
    double minus = lossWithHiddenChange(Sigmoid.sigmoid(a1 - epsilon) - z, w2, offset, a2, label);
    return plus - minus;
  }

  /** Logit k moved by ±ε. */
  double logit(int k, double[] a2, int label, double epsilon) {
    int classes = logits.length;
    System.arraycopy(a2, 0, logits, 0, classes);
    logits[k] = a2[k] + epsilon;
    double plus = loss(label);
    logits[k] = a2[k] - epsilon;
    double minus = loss(label);
    return plus - minus;
  }

  private double lossWithHiddenChange(double deltaZ, double[] w2, int offset, double[] a2, int label) {
    for (int k = 0; k < logits.length; k++) {
      logits[k] = a2[k] + deltaZ * w2[offset + k];
    }
    return loss(label);
  }

  /** −log(softmax(logits)[label] + δ), with the softmax's usual max shift. */
  private double loss(int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (double a : logits) {
      max = Math.max(max, a);
    }
    double sum = 0;
    for (double a : logits) {
      sum += Math.exp(a - max);
    }
    double y = Math.exp(logits[label] - max) / sum;
    return -Math.log(y + CrossEntropy.DELTA);
  }
}
