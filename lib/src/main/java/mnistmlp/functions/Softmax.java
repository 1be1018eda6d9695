package mnistmlp.functions;

import mnistmlp.math.Matrix;

/**
 * Softmax over each row: y_k = e^(a_k − m) / Σ_j e^(a_j − m), with m the row's maximum. Subtracting
 * m cancels out, but keeps every exponent at or below zero, so {@code exp} cannot overflow.
 */
public final class Softmax {
  private Softmax() {}

  public static Matrix softmax(Matrix a) {
    Matrix y = Matrix.zeros(a.rows(), a.cols());
    for (int i = 0; i < a.rows(); i++) {
      softmaxRow(a.data(), y.data(), i * a.cols(), a.cols());
    }
    return y;
  }

  public static double[] softmax(double[] a) {
    double[] y = new double[a.length];
    softmaxRow(a, y, 0, a.length);
    return y;
  }

  /** y[offset..offset+length) = the softmax of a's same entries (y modified; may be a). */
  public static void softmaxRow(double[] a, double[] y, int offset, int length) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = offset; k < offset + length; k++) {
      max = Math.max(max, a[k]);
    }
    double sum = 0;
    for (int k = offset; k < offset + length; k++) {
      y[k] = Math.exp(a[k] - max);
      sum += y[k];
    }
    for (int k = offset; k < offset + length; k++) {
      y[k] /= sum;
    }
  }
}
