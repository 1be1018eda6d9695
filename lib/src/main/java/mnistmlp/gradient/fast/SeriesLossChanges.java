package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.functions.SoftmaxCrossEntropy;

/**
 * Loss changes from their power series in ε, cut after ε³ (Taylor mode): F(ε) = ℓ(ε) − ℓ(−ε), in
 * which the even powers cancel, is c1·ε + c3·ε³ + …, with c1 = 2ℓ′ and c3 = ℓ‴/3. The series is
 * used wherever {@link SeriesBound} shows that the terms it leaves out are negligible; the other
 * changes are evaluated, as the superclass does.
 *
 * <p><b>The derivatives.</b> Moving hidden unit j's output by u moves logit k by w_k·u, w_k =
 * W2[j][k], and the true class's probability from y_t to y_t·ρ(u), log ρ = w_t·u − log Σ_k y_k
 * e^(w_k·u). The loss −log(y_t + δ) then changes by φ(u) = −log(1 + s·(ρ − 1)), s = y_t / (y_t + δ),
 * which keeps the 1e−7 guard δ. The derivatives of log Σ_k y_k e^(w_k·u) at 0 are the mean μ,
 * variance v and third central moment κ of w under the probabilities y, so log ρ has the
 * derivatives w_t − μ, −v and −κ, and ρ, s·(ρ − 1) and φ follow by the chain rule. With
 * u = σ(a + ε) − σ(a), the chain rule once more gives ℓ′ = φ′σ′ and ℓ‴ = φ‴σ′³ + 3φ″σ′σ″ + φ′σ‴.
 * A logit k moving by ε is the same with w = the k-th unit vector (μ = y_k, v = y_k(1 − y_k),
 * κ = v·(1 − 2y_k)) and u = ε.
 */
final class SeriesLossChanges extends EvaluatedLossChanges {
  private final int hidden;
  private final int classes;
  private final double[][] w2ByClass; // W2ᵀ: row k holds W2[·][k]

  // The current image, one lane per hidden unit or class: μ, v, κ, w_t and σ′, σ″, σ‴, then c1, c3.
  private final double[][] moments;
  private final double[][] slopes;
  private final double[][] hiddenC;
  private final double[][] logitC;

  SeriesLossChanges(int hidden, int classes) {
    super(hidden, classes);
    this.hidden = hidden;
    this.classes = classes;
    w2ByClass = new double[classes][hidden];
    int lanes = Math.max(hidden, classes);
    moments = new double[4][lanes];
    slopes = new double[3][lanes];
    hiddenC = new double[2][hidden];
    logitC = new double[2][classes];
  }

  @Override
  void startBatch(double[] w2, double h, double largestStep) {
    super.startBatch(w2, h, largestStep);
    unitsEvaluated = 0;
    for (int j = 0; j < hidden; j++) {
      double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        w2ByClass[k][j] = w2[j * classes + k];
        max = Math.max(max, w2[j * classes + k]);
        min = Math.min(min, w2[j * classes + k]);
      }
      // The bound depends on the spread of the unit's outgoing weights.
      hiddenEvaluated[j] = largestStep > SeriesBound.hiddenLargestStep(max - min, h);
      unitsEvaluated += hiddenEvaluated[j] ? 1 : 0;
    }
    // W2[j][k] moves logit k by h·z_j, b2[k] by h: h is the largest logit step of every image.
    logitsEvaluated = h > SeriesBound.logitLargestStep(h);
  }

  @Override
  void startImage(ImageForward image) {
    super.startImage(image);
    double s = SoftmaxCrossEntropy.guardFactor(image.y[image.label]);
    forHiddenUnits(image);
    coefficients(s, hidden, hiddenC);
    forLogits(image);
    coefficients(s, classes, logitC);
  }

  /** The hidden units' lanes: moments of W2[j][·] and σ′ = z(1 − z), σ″ = σ′(1 − 2z), σ‴ = σ′(1 − 6σ′). */
  private void forHiddenUnits(ImageForward image) {
    hiddenMoments(image.y, image.label);
    for (int j = 0; j < hidden; j++) {
      double z = image.z[j];
      slopes[0][j] = z * (1 - z);
      slopes[1][j] = slopes[0][j] * (1 - 2 * z);
      slopes[2][j] = slopes[0][j] * (1 - 6 * slopes[0][j]);
    }
  }

  /** The logits' lanes: w is a unit vector, and u = ε (σ′ = 1, σ″ = σ‴ = 0). */
  private void forLogits(ImageForward image) {
    for (int k = 0; k < classes; k++) {
      double y = image.y[k];
      moments[0][k] = y;
      moments[1][k] = y * (1 - y);
      moments[2][k] = moments[1][k] * (1 - 2 * y);
      moments[3][k] = k == image.label ? 1 : 0;
      slopes[0][k] = 1;
      slopes[1][k] = 0;
      slopes[2][k] = 0;
    }
  }

  /** Per hidden unit j, the mean, variance and third central moment of W2[j][·] under y, and w_t. */
  private void hiddenMoments(double[] y, int label) {
    double[] mean = moments[0], variance = moments[1], third = moments[2];
    Arrays.fill(mean, 0, hidden, 0.0);
    Arrays.fill(variance, 0, hidden, 0.0);
    Arrays.fill(third, 0, hidden, 0.0);
    for (int k = 0; k < classes; k++) {
      double[] w = w2ByClass[k];
      for (int j = 0; j < hidden; j++) {
        mean[j] += y[k] * w[j];
      }
    }
    for (int k = 0; k < classes; k++) {
      double[] w = w2ByClass[k];
      for (int j = 0; j < hidden; j++) {
        double d = w[j] - mean[j];
        double yd2 = y[k] * d * d;
        variance[j] += yd2;
        third[j] += yd2 * d;
      }
    }
    System.arraycopy(w2ByClass[label], 0, moments[3], 0, hidden);
  }

  /** c1 = 2ℓ′ and c3 = ℓ‴/3 in each lane, from its moments and slopes (c modified). */
  private void coefficients(double s, int lanes, double[][] c) {
    for (int l = 0; l < lanes; l++) {
      double l1 = moments[3][l] - moments[0][l]; // (log ρ)′ = w_t − μ; (log ρ)″ = −v, (log ρ)‴ = −κ
      double r2 = l1 * l1 - moments[1][l]; // ρ″; ρ′ = (log ρ)′, as ρ(0) = 1
      double r3 = l1 * (l1 * l1 - 3 * moments[1][l]) - moments[2][l]; // ρ‴
      double g1 = s * l1, g2 = s * r2, g3 = s * r3; // g = s·(ρ − 1)
      double p1 = -g1, p2 = g1 * g1 - g2, p3 = 3 * g1 * g2 - g3 - 2 * g1 * g1 * g1; // φ = −log(1 + g)
      double d1 = slopes[0][l], d2 = slopes[1][l], d3 = slopes[2][l];
      c[0][l] = 2 * p1 * d1;
      c[1][l] = (p3 * d1 * d1 * d1 + 3 * p2 * d1 * d2 + p1 * d3) / 3;
    }
  }

  @Override
  void hiddenUnits(double epsilon, double[] out) {
    double e2 = epsilon * epsilon;
    for (int j = 0; j < hidden; j++) {
      out[j] = hiddenEvaluated[j] ? hiddenUnit(j, epsilon) : epsilon * (hiddenC[0][j] + e2 * hiddenC[1][j]);
    }
  }

  @Override
  void hiddenCoefficients(double[] c1, double[] c3) {
    for (int j = 0; j < hidden; j++) {
      c1[j] = hiddenEvaluated[j] ? 0.0 : hiddenC[0][j];
      c3[j] = hiddenEvaluated[j] ? 0.0 : hiddenC[1][j];
    }
  }

  @Override
  void logits(double epsilon, double[] out, int offset) {
    if (logitsEvaluated) {
      super.logits(epsilon, out, offset);
      return;
    }
    double e2 = epsilon * epsilon;
    for (int k = 0; k < classes; k++) {
      out[offset + k] = epsilon * (logitC[0][k] + e2 * logitC[1][k]);
    }
  }
}
