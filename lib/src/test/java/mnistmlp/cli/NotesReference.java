package mnistmlp.cli;

/**
 * The study notes' program once more, written independently of the jar with plain arrays and
 * loops, line for line after {@code forward}, {@code neuf} and {@code numerical_gradient}: the
 * reference the command line's numbers are checked against.
 */
final class NotesReference {
  final double[][] w1;
  final double[] b1;
  final double[][] w2;
  final double[] b2;

  NotesReference(double[][] w1, double[] b1, double[][] w2, double[] b2) {
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
  }

  /** {@code neuf(para)}: cross_entropy_error(forward(x_batch, para), t_batch). */
  double loss(double[][] x, int[] t) {
    double sum = 0;
    for (int n = 0; n < x.length; n++) {
      double[] y = forward(x[n]);
      sum += Math.log(y[t[n]] + 1e-7);
    }
    return -sum / x.length;
  }

  double[] forward(double[] x) {
    double[] z1 = new double[b1.length];
    for (int j = 0; j < z1.length; j++) {
      double a = 0;
      for (int i = 0; i < x.length; i++) {
        a += x[i] * w1[i][j];
      }
      z1[j] = sigmoid(a + b1[j]);
    }
    double[] a2 = new double[b2.length];
    for (int k = 0; k < a2.length; k++) {
      double a = 0;
      for (int j = 0; j < z1.length; j++) {
        a += z1[j] * w2[j][k];
      }
      a2[k] = a + b2[k];
    }
    return softmax(a2);
  }

  static double sigmoid(double x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  }

  static double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double[] e = new double[a.length];
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      e[k] = Math.exp(a[k] - max);
      sum += e[k];
    }
    for (int k = 0; k < a.length; k++) {
      e[k] /= sum;
    }
    return e;
  }

  /** One entry of {@code numerical_gradient(neuf, para, keys)}: nudge, evaluate twice, restore. */
  double numericalGradient(double[] row, int j, double[][] x, int[] t) {
    double h = 1e-4;
    double tmp = row[j];
    row[j] = tmp + h;
    double fxh1 = loss(x, t);
    row[j] = tmp - h;
    double fxh2 = loss(x, t);
    row[j] = tmp;
    return (fxh1 - fxh2) / (2 * h);
  }
}
