package mnistmlp.functions;

import mnistmlp.math.Matrix;

/**
 * The network's loss, written once: softmax of the logits a, then the guarded cross-entropy
 * −log(y_t + δ) of the true class t, averaged over the batch; and its gradient with respect to a.
 * δ = 1e−7 is the notes' guard: without it a probability of exactly 0 would give −log 0 = ∞. It is
 * part of the loss, so the gradient has it too: ∂ℓ/∂a_k = s·(y_k − t_k) with s = y_t / (y_t + δ),
 * the {@link #guardFactor}. The textbook y − t is the case δ = 0.
 */
public final class SoftmaxCrossEntropy {
  public static final double DELTA = 1e-7;

  private SoftmaxCrossEntropy() {}

  /** −log(p + δ): the loss of one image whose true class was given probability p. */
  public static double lossOfProbability(double p) {
    return -Math.log(p + DELTA);
  }

  /** s = p / (p + δ): how much of y − t the guard lets through (1 to seven digits unless p &lt; 1e−6). */
  public static double guardFactor(double p) {
    return p / (p + DELTA);
  }

  /** ∂L/∂a for the batch mean L, given the softmax outputs y: s·(y − t) / N row by row. */
  public static Matrix gradient(Matrix y, int[] labels) {
    requireLabels(y.rows(), y.cols(), labels);
    int n = labels.length;
    Matrix da = Matrix.zeros(y.rows(), y.cols());
    for (int i = 0; i < n; i++) {
      gradientRow(y.data(), i * y.cols(), y.cols(), labels[i], n, da.data());
    }
    return da;
  }

  /**
   * One row of {@link #gradient}: out[k] = s·(y[k] − t_k) / n for k in from..from+classes, the
   * true class being {@code label} (out modified there).
   */
  public static void gradientRow(double[] y, int from, int classes, int label, int n, double[] out) {
    double s = guardFactor(y[from + label]);
    for (int k = from; k < from + classes; k++) {
      double target = k == from + label ? 1.0 : 0.0;
      out[k] = s * (y[k] - target) / n;
    }
  }

  /** Throws unless there is one label per row of a (rows, classes) output, each a class of it. */
  public static void requireLabels(int rows, int classes, int[] labels) {
    String y = "(" + rows + ", " + classes + ")";
    if (rows != labels.length) {
      throw new IllegalArgumentException(
          "cross-entropy needs one label per row: y is " + y + ", t is (" + labels.length + ",)");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is not a class of y " + y);
      }
    }
  }
}
