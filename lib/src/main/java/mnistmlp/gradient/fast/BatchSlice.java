package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.functions.CrossEntropy;
import mnistmlp.functions.Sigmoid;

/**
 * One thread's share of the fast numerical gradient: a range of the batch's samples, each taken
 * through its forward pass once and then through every perturbation that can affect it.
 *
 * <p>For one sample the work is:
 *
 * <ol>
 *   <li>the forward pass, kept (a1, z, a2, y), the same arithmetic as {@code TwoLayerNet};
 *   <li>for every hidden unit j, the loss change F_j(ε) = ℓ(a1_j + ε) − ℓ(a1_j − ε) as
 *       c1·ε + c3·ε³ + c5·ε⁵ ({@link LossChangeSeries}), or marked for the exact path;
 *   <li>a table F_j(h·v) for each distinct pixel value v of the image: perturbing W1[i][j] moves
 *       a1_j by exactly h·x_i, so every pixel with the same value gets the same loss change;
 *   <li>each non-zero pixel i adds its value's row of the table to row i of the W1 gradient
 *       (a zero pixel cannot see W1[i][·], so it adds nothing, exactly as in the naive method);
 *   <li>b1[j] moves a1_j by h, like a pixel of value 1; W2[j][k] moves logit k by h·z_j, and
 *       b2[k] by h, both through the logit series.
 * </ol>
 *
 * Nothing here allocates once constructed: every array is sized for the network at the start.
 */
public final class BatchSlice {
  private final int inputs;
  private final int hidden;
  private final int classes;
  private final RowKernels kernels;
  private final LossChangeSeries series;
  private final ExactLossChange exact;

  // The current sample's forward pass.
  private final double[] a1;
  private final double[] z;
  private final double[] a2;
  private final double[] y;

  // The current image's non-zero pixels, and which distinct value each one has.
  private final int[] pixelIndex;
  private final double[] pixelValue;
  private final int[] pixelSlot;
  private final DistinctValues distinctValues;

  // Per hidden unit: moments of W2[j][·] under y, and the series coefficients.
  private final double[][] moments;
  private final double[] trueWeight;
  private final double[] hiddenC1;
  private final double[] hiddenC3;
  private final double[] hiddenC5;
  private final boolean[] hiddenExact;
  private final double[] logitC1;
  private final double[] logitC3;
  private final double[] logitC5;

  /** Loss changes by distinct pixel value (rows) and hidden unit (columns). */
  private final double[] table;

  private long exactEvaluations;

  public BatchSlice(int inputs, int hidden, int classes, RowKernels kernels) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.classes = classes;
    this.kernels = kernels;
    series = new LossChangeSeries(Math.max(hidden, classes));
    exact = new ExactLossChange(classes);
    a1 = new double[hidden];
    z = new double[hidden];
    a2 = new double[classes];
    y = new double[classes];
    pixelIndex = new int[inputs];
    pixelValue = new double[inputs];
    pixelSlot = new int[inputs];
    distinctValues = new DistinctValues(inputs);
    moments = new double[Series.ORDER + 1][hidden];
    trueWeight = new double[hidden];
    hiddenC1 = new double[hidden];
    hiddenC3 = new double[hidden];
    hiddenC5 = new double[hidden];
    hiddenExact = new boolean[hidden];
    logitC1 = new double[classes];
    logitC3 = new double[classes];
    logitC5 = new double[classes];
    table = new double[inputs * hidden];
  }

  public boolean fits(int inputs, int hidden, int classes) {
    return this.inputs == inputs && this.hidden == hidden && this.classes == classes;
  }

  /** Loss changes computed the exact way (not by a series) since construction: for tests. */
  public long exactEvaluations() {
    return exactEvaluations;
  }

  /**
   * Adds the summed loss changes ℓ(θ+h) − ℓ(θ−h) of samples {@code from..to} into the four
   * gradient arrays (row-major, like the parameters). The caller divides by 2h·N at the end.
   *
   * @param spread max_k W2[j][k] − min_k W2[j][k] for each hidden unit, the series' guard
   */
  public void accumulate(
      double[] x, int[] labels, int from, int to,
      double[] w1, double[] b1, double[] w2, double[] b2, double h, double[] spread,
      double[] gradW1, double[] gradB1, double[] gradW2, double[] gradB2) {
    for (int n = from; n < to; n++) {
      int label = labels[n];
      // The forward pass, once per image.
      int nonZero = readPixels(x, n * inputs);
      forward(nonZero, w1, b1, w2, b2);
      double s = y[label] / (y[label] + CrossEntropy.DELTA);

      // W1 and b1: each hidden unit's loss change as a series in ε (or marked for the exact path),
      // then one table row per distinct pixel value, then one row addition per non-zero pixel.
      double largestStep = h * Math.max(1.0, largestPixel(nonZero)); // b1 moves a1 by h·1
      hiddenCoefficients(w2, label, s, largestStep, spread);
      int distinct = distinctPixelValues(nonZero);
      fillTable(distinct, h, w2, label);
      for (int p = 0; p < nonZero; p++) {
        kernels.add(gradW1, pixelIndex[p] * hidden, table, pixelSlot[p] * hidden, hidden);
      }
      for (int j = 0; j < hidden; j++) {
        gradB1[j] += hiddenLossChange(j, h, w2, label);
      }

      // W2 and b2: one logit moves.
      outputGradients(h, w2, label, s, gradW2, gradB2);
    }
  }

  /** Collects the image's non-zero pixels; returns how many there are. */
  private int readPixels(double[] x, int offset) {
    int count = 0;
    for (int i = 0; i < inputs; i++) {
      // Written without a branch: whether a pixel is zero is too random for branch prediction.
      double v = x[offset + i];
      pixelIndex[count] = i;
      pixelValue[count] = v;
      count += v != 0.0 ? 1 : 0;
    }
    return count;
  }

  private double largestPixel(int nonZero) {
    double largest = 0;
    for (int p = 0; p < nonZero; p++) {
      largest = Math.max(largest, Math.abs(pixelValue[p]));
    }
    return largest;
  }

  /**
   * a1 = x·W1 + b1, z = σ(a1), a2 = z·W2 + b2, y = softmax(a2): the same operations in the same
   * order as {@code Matrix.dot}, {@code plusRow}, {@code Sigmoid} and {@code Softmax}, so the
   * cached values are the very numbers the naive method starts from.
   */
  private void forward(int nonZero, double[] w1, double[] b1, double[] w2, double[] b2) {
    Arrays.fill(a1, 0.0);
    for (int p = 0; p < nonZero; p++) {
      kernels.addScaled(a1, 0, pixelValue[p], w1, pixelIndex[p] * hidden, hidden);
    }
    for (int j = 0; j < hidden; j++) {
      a1[j] += b1[j];
      z[j] = Sigmoid.sigmoid(a1[j]);
    }
    Arrays.fill(a2, 0.0);
    for (int j = 0; j < hidden; j++) {
      if (z[j] != 0.0) {
        for (int k = 0; k < classes; k++) {
          a2[k] += z[j] * w2[j * classes + k];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      a2[k] += b2[k];
      max = Math.max(max, a2[k]);
    }
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      y[k] = Math.exp(a2[k] - max);
      sum += y[k];
    }
    for (int k = 0; k < classes; k++) {
      y[k] /= sum;
    }
  }

  /** The series for every hidden unit, and which units must take the exact path instead. */
  private void hiddenCoefficients(double[] w2, int label, double s, double largestStep, double[] spread) {
    for (int j = 0; j < hidden; j++) {
      int row = j * classes;
      double m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0;
      for (int k = 0; k < classes; k++) {
        double w = w2[row + k];
        double yw = y[k] * w;
        m1 += yw;
        yw *= w;
        m2 += yw;
        yw *= w;
        m3 += yw;
        yw *= w;
        m4 += yw;
        yw *= w;
        m5 += yw;
      }
      moments[1][j] = m1;
      moments[2][j] = m2;
      moments[3][j] = m3;
      moments[4][j] = m4;
      moments[5][j] = m5;
      trueWeight[j] = w2[row + label];
      hiddenExact[j] = !LossChangeSeries.hiddenSeriesAccurate(largestStep, spread[j]);
    }
    series.forHiddenUnits(z, moments, trueWeight, s, hiddenC1, hiddenC3, hiddenC5, hidden);
  }

  /** Gives each non-zero pixel the number of its value; returns how many distinct values there are. */
  private int distinctPixelValues(int nonZero) {
    distinctValues.clear();
    for (int p = 0; p < nonZero; p++) {
      pixelSlot[p] = distinctValues.slotOf(pixelValue[p]);
    }
    return distinctValues.count();
  }

  /** F_j(h·v) for every distinct value v and hidden unit j. */
  private void fillTable(int distinct, double h, double[] w2, int label) {
    for (int u = 0; u < distinct; u++) {
      double epsilon = h * distinctValues.value(u);
      kernels.oddPolynomial(table, u * hidden, epsilon, hiddenC1, hiddenC3, hiddenC5, hidden);
      for (int j = 0; j < hidden; j++) {
        if (hiddenExact[j]) {
          table[u * hidden + j] = exactHidden(j, epsilon, w2, label);
        }
      }
    }
  }

  private double hiddenLossChange(int j, double epsilon, double[] w2, int label) {
    return hiddenExact[j]
        ? exactHidden(j, epsilon, w2, label)
        : LossChangeSeries.evaluate(hiddenC1[j], hiddenC3[j], hiddenC5[j], epsilon);
  }

  private double exactHidden(int j, double epsilon, double[] w2, int label) {
    exactEvaluations++;
    return exact.hiddenUnit(a1[j], z[j], w2, j * classes, a2, label, epsilon);
  }

  /** W2[j][k] moves logit k by h·z_j; b2[k] moves it by h. */
  private void outputGradients(double h, double[] w2, int label, double s, double[] gradW2, double[] gradB2) {
    // |h·z_j| ≤ h, so one check covers every output parameter of the sample.
    boolean useSeries = LossChangeSeries.logitSeriesAccurate(h);
    if (useSeries) {
      series.forLogits(y, label, s, logitC1, logitC3, logitC5, classes);
    }
    for (int j = 0; j < hidden; j++) {
      double step = h * z[j];
      int row = j * classes;
      for (int k = 0; k < classes; k++) {
        gradW2[row + k] += logitLossChange(k, step, useSeries, label);
      }
    }
    for (int k = 0; k < classes; k++) {
      gradB2[k] += logitLossChange(k, h, useSeries, label);
    }
  }

  private double logitLossChange(int k, double step, boolean useSeries, int label) {
    if (useSeries) {
      return LossChangeSeries.evaluate(logitC1[k], logitC3[k], logitC5[k], step);
    }
    exactEvaluations++;
    return exact.logit(k, a2, label, step);
  }
}
