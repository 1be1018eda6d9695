package mnistmlp.gradient.fast;

import mnistmlp.functions.Sigmoid;
import mnistmlp.functions.SoftmaxCrossEntropy;

/**
 * Loss changes by evaluating the loss at both nudged points: the sigmoid of the moved
 * pre-activation, the logits it changes, their softmax and the guarded cross-entropy, all as
 * written, twice. What is not recomputed is only what the nudge cannot change: the other hidden
 * units' outputs (a2 moves by (z'_j − z_j)·W2[j][·]) and, for a logit, everything before it.
 */
final class EvaluatedLossChanges implements LossChanges {
  private final double[] logits;
  private ImageForward image;
  private double[] w2;

  EvaluatedLossChanges(int classes) {
    logits = new double[classes];
  }

  @Override
  public void startBatch(Weights weights, double h) {
    w2 = weights.w2();
  }

  @Override
  public void startImage(ImageForward image, double largestStep) {
    this.image = image;
  }

  @Override
  public void hiddenUnits(double epsilon, double[] out, int offset) {
    for (int j = 0; j < image.hidden; j++) {
      out[offset + j] = hiddenUnit(j, epsilon);
    }
  }

  /** ℓ(a1_j + ε) − ℓ(a1_j − ε). */
  double hiddenUnit(int j, double epsilon) {
    double plus = lossWithHiddenOutput(j, Sigmoid.sigmoid(image.a1[j] + epsilon));
    double minus = lossWithHiddenOutput(j, Sigmoid.sigmoid(image.a1[j] - epsilon));
    return plus - minus;
  }

  @Override
  public double logit(int k, double epsilon) {
    System.arraycopy(image.a2, 0, logits, 0, logits.length);
    logits[k] = image.a2[k] + epsilon;
    double plus = SoftmaxCrossEntropy.loss(logits, 0, logits.length, image.label);
    logits[k] = image.a2[k] - epsilon;
    double minus = SoftmaxCrossEntropy.loss(logits, 0, logits.length, image.label);
    return plus - minus;
  }

  /** The image's loss when hidden unit j outputs {@code zj} instead of z_j. */
  private double lossWithHiddenOutput(int j, double zj) {
    double change = zj - image.z[j];
    int row = j * logits.length;
    for (int k = 0; k < logits.length; k++) {
      logits[k] = image.a2[k] + change * w2[row + k];
    }
    return SoftmaxCrossEntropy.loss(logits, 0, logits.length, image.label);
  }
}
