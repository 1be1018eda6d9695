package mnistmlp.gradient.fast;

import mnistmlp.functions.SoftmaxCrossEntropy;

/**
 * Loss changes from a truncated power series in ε (Taylor mode): F(ε) ≈ c1·ε + c3·ε³ + c5·ε⁵,
 * with coefficients computed once per image and unit from the cached forward pass
 * ({@link LossChangeSeries}); then each step costs a few multiplications instead of sigmoids,
 * exponentials and logarithms. c1 is twice the derivative backpropagation computes, s·(y − t) for a
 * logit and σ′·(W2·s(y − t)) for a hidden unit: the series is the chain rule carried to ε⁵.
 *
 * <p>Wherever {@link SeriesBound} cannot show that the omitted terms are negligible, the change is
 * evaluated instead, by {@link EvaluatedLossChanges}.
 */
final class SeriesLossChanges implements LossChanges {
  private final int hidden;
  private final int classes;
  private final LossChangeSeries series;
  private final EvaluatedLossChanges evaluated;

  private double[] w2;
  private final double[] hiddenLargestStep;

  // The current image: per hidden unit, the moments of W2[j][·] under y and the coefficients.
  private ImageForward image;
  private final double[][] moments;
  private final double[] trueWeight;
  private final double[] hiddenC1;
  private final double[] hiddenC3;
  private final double[] hiddenC5;
  private final boolean[] hiddenEvaluated;
  private int unitsEvaluated;
  private boolean logitsEvaluated;
  private final double[] logitC1;
  private final double[] logitC3;
  private final double[] logitC5;

  private long seriesSteps;
  private long evaluatedSteps;

  SeriesLossChanges(int hidden, int classes) {
    this.hidden = hidden;
    this.classes = classes;
    series = new LossChangeSeries(Math.max(hidden, classes));
    evaluated = new EvaluatedLossChanges(classes);
    hiddenLargestStep = new double[hidden];
    moments = new double[Series.ORDER + 1][hidden];
    trueWeight = new double[hidden];
    hiddenC1 = new double[hidden];
    hiddenC3 = new double[hidden];
    hiddenC5 = new double[hidden];
    hiddenEvaluated = new boolean[hidden];
    logitC1 = new double[classes];
    logitC3 = new double[classes];
    logitC5 = new double[classes];
  }

  /** How many loss changes the series gave since {@link #startBatch}, and how many were evaluated instead. */
  long seriesSteps() {
    return seriesSteps;
  }

  long evaluatedSteps() {
    return evaluatedSteps;
  }

  @Override
  public void startBatch(Weights weights, double h) {
    evaluated.startBatch(weights, h);
    seriesSteps = 0;
    evaluatedSteps = 0;
    w2 = weights.w2();
    for (int j = 0; j < hidden; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        max = Math.max(max, w2[j * classes + k]);
        min = Math.min(min, w2[j * classes + k]);
      }
      hiddenLargestStep[j] = SeriesBound.hiddenLargestStep(max - min, h);
    }
    // W2[j][k] moves logit k by h·z_j, b2[k] by h: h is the largest logit step of every image.
    logitsEvaluated = h > SeriesBound.logitLargestStep(h);
  }

  @Override
  public void startImage(ImageForward image, double largestStep) {
    this.image = image;
    evaluated.startImage(image, largestStep);
    double s = SoftmaxCrossEntropy.guardFactor(image.y[image.label]);
    unitsEvaluated = 0;
    for (int j = 0; j < hidden; j++) {
      hiddenEvaluated[j] = largestStep > hiddenLargestStep[j];
      unitsEvaluated += hiddenEvaluated[j] ? 1 : 0;
      int row = j * classes;
      double m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0;
      for (int k = 0; k < classes; k++) {
        double w = w2[row + k];
        double yw = image.y[k] * w;
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
      trueWeight[j] = w2[row + image.label];
    }
    series.forHiddenUnits(image.z, moments, trueWeight, s, hiddenC1, hiddenC3, hiddenC5, hidden);
    if (!logitsEvaluated) {
      series.forLogits(image.y, image.label, s, logitC1, logitC3, logitC5, classes);
    }
  }

  @Override
  public void hiddenUnits(double epsilon, double[] out, int offset) {
    double e2 = epsilon * epsilon;
    for (int j = 0; j < hidden; j++) {
      out[offset + j] = epsilon * (hiddenC1[j] + e2 * (hiddenC3[j] + e2 * hiddenC5[j]));
    }
    seriesSteps += hidden - unitsEvaluated;
    evaluatedSteps += unitsEvaluated;
    for (int j = 0; unitsEvaluated > 0 && j < hidden; j++) {
      if (hiddenEvaluated[j]) {
        out[offset + j] = evaluated.hiddenUnit(j, epsilon);
      }
    }
  }

  @Override
  public double logit(int k, double epsilon) {
    if (logitsEvaluated) {
      evaluatedSteps++;
      return evaluated.logit(k, epsilon);
    }
    seriesSteps++;
    return LossChangeSeries.evaluate(logitC1[k], logitC3[k], logitC5[k], epsilon);
  }
}
