package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.functions.Sigmoid;
import mnistmlp.functions.Softmax;
import mnistmlp.functions.SoftmaxCrossEntropy;

/**
 * F(ε) = ℓ(+ε) − ℓ(−ε), how one image's loss changes between nudging one number of its forward
 * pass by ±ε: a hidden pre-activation a1_j (for a W1 or b1 nudge) or a logit a2_k (W2 or b2),
 * here evaluated at both points. Only what the nudge cannot change is reused: the other hidden
 * units' outputs (a2 moves by (z'_j − z_j)·W2[j][·]) and, for a logit, everything before it.
 */
class EvaluatedLossChanges {
  private final double[] logits;
  ImageForward image; // the current image and W2, read by the series too
  double[] w2;
  // Which changes of the batch are evaluated: here all, the series keeps the ones it gives.
  final boolean[] hiddenEvaluated;
  int unitsEvaluated;
  boolean logitsEvaluated = true;

  EvaluatedLossChanges(int hidden, int classes) {
    logits = new double[classes];
    hiddenEvaluated = new boolean[hidden];
    Arrays.fill(hiddenEvaluated, true);
    unitsEvaluated = hidden;
  }

  /**
   * Once per gradient, before any image; {@code w2} is W2 row-major, only read, and no step asked
   * for is larger than {@code largestStep}.
   */
  void startBatch(double[] w2, double h, double largestStep) {
    this.w2 = w2;
  }

  /** Once per image, after its forward pass. */
  void startImage(ImageForward image) {
    this.image = image;
  }

  /** Writes the hidden units' series coefficients into c1 and c3 (0 where evaluated): here none. */
  void hiddenCoefficients(double[] c1, double[] c3) {}

  /** {@code out[j]} = ℓ(a1_j + ε) − ℓ(a1_j − ε), for every hidden unit j. */
  void hiddenUnits(double epsilon, double[] out) {
    for (int j = 0; j < image.hidden; j++) {
      out[j] = hiddenUnit(j, epsilon);
    }
  }

  /** ℓ(a1_j + ε) − ℓ(a1_j − ε). */
  final double hiddenUnit(int j, double epsilon) {
    return lossWithHiddenOutput(j, Sigmoid.sigmoid(image.a1[j] + epsilon))
        - lossWithHiddenOutput(j, Sigmoid.sigmoid(image.a1[j] - epsilon));
  }

  /** {@code out[offset + k]} = ℓ(a2_k + ε) − ℓ(a2_k − ε), for every logit k (out modified). */
  void logits(double epsilon, double[] out, int offset) {
    for (int k = 0; k < logits.length; k++) {
      out[offset + k] = logit(k, epsilon);
    }
  }

  /** ℓ(a2_k + ε) − ℓ(a2_k − ε). */
  private double logit(int k, double epsilon) {
    System.arraycopy(image.a2, 0, logits, 0, logits.length);
    logits[k] = image.a2[k] + epsilon;
    double plus = lossOfLogits();
    System.arraycopy(image.a2, 0, logits, 0, logits.length);
    logits[k] = image.a2[k] - epsilon;
    return plus - lossOfLogits();
  }

  private double lossWithHiddenOutput(int j, double zj) {
    for (int k = 0; k < logits.length; k++) {
      logits[k] = image.a2[k] + (zj - image.z[j]) * w2[j * logits.length + k];
    }
    return lossOfLogits();
  }

  /** The image's loss for the logits now held in {@code logits}, which become their softmax. */
  private double lossOfLogits() {
    Softmax.softmaxRow(logits, logits, 0, logits.length);
    return SoftmaxCrossEntropy.lossOfProbability(logits[image.label]);
  }
}
