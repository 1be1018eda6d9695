package mnistmlp.network;

import mnistmlp.math.Matrix;

/**
 * Matrix products the network's passes need, written for speed but giving the very numbers of
 * the plain {@link Matrix} operations they replace (the same terms, added in the same order).
 */
public final class Products {
  private Products() {}

  /**
   * aᵀ·b without building aᵀ: the same numbers as {@code a.transpose().dot(b)}. Row n of a adds
   * a[n][k]·b[n][·] to row k of the result, skipping a[n][k] = 0 (most MNIST pixels), so each
   * entry sums its terms in the order of n, as the plain product does.
   */
  public static Matrix transposeTimes(Matrix a, Matrix b) {
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException("cannot multiply the transpose of " + a.shape() + " by " + b.shape());
    }
    int inner = a.cols();
    int width = b.cols();
    double[] x = a.data();
    double[] y = b.data();
    Matrix out = Matrix.zeros(inner, width);
    double[] o = out.data();
    for (int n = 0; n < a.rows(); n++) {
      for (int k = 0; k < inner; k++) {
        double v = x[n * inner + k];
        if (v != 0.0) {
          int row = k * width;
          int from = n * width;
          for (int j = 0; j < width; j++) {
            o[row + j] += v * y[from + j];
          }
        }
      }
    }
    return out;
  }
}
