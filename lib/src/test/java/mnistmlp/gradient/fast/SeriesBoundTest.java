package mnistmlp.gradient.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The series bound's constants, and the series against evaluated loss changes at the largest step it allows. */
class SeriesBoundTest {

  @Test
  void theConstantsAreTheOnesTheJavadocGives() {
    assertThat(SeriesBound.ratioBound(SeriesBound.U)).isBetween(0.90, 0.92);
    assertThat(SeriesBound.lossBound(SeriesBound.U)).isBetween(2.3, 2.5);
    assertThat(SeriesBound.SIGMOID_SLOPE).isBetween(0.324, 0.326);
    assertThatThrownBy(() -> SeriesBound.lossBound(0.5)).hasMessageContaining("no bound");
  }

  @Test
  void widerWeightsAndSmallerStepsAllowSmallerSteps() {
    assertThat(SeriesBound.hiddenLargestStep(8, 1e-3)).isLessThan(SeriesBound.hiddenLargestStep(3, 1e-3));
    assertThat(SeriesBound.hiddenLargestStep(3, 1e-4)).isLessThan(SeriesBound.hiddenLargestStep(3, 1e-3));
    assertThat(SeriesBound.hiddenLargestStep(0, 1e-3)).isEqualTo(0.5); // a unit that moves no logit
  }

  /**
   * At h = 1e−2 the allowed truncation, 2h·1e−12 = 2e−14 per loss change, is above rounding, so
   * the bound can be checked: at the largest step it allows, series and evaluation differ by no
   * more than that (plus the rounding of the evaluated losses).
   */
  @ParameterizedTest
  @EnumSource(Initialization.class)
  void atTheLargestAllowedStepTheSeriesIsWithinItsBound(Initialization init) {
    double h = 1e-2;
    double allowed = 2 * h * SeriesBound.GRADIENT_ERROR + 1e-15;
    TwoLayerNet net = TwoLayerNet.create(30, 6, 10, init, 8);
    Parameters p = net.params();
    Weights weights = Weights.of(p);
    Random random = new Random(9);
    double[] x = new double[30];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble() < 0.3 ? random.nextDouble() : 0.0;
    }
    ImageForward image = new ImageForward(30, 6, 10);
    SparseRows rows = SparseRows.of(Matrix.row(x));
    image.load(new ForwardPass().run(p, rows), rows, 0, 4);
    EvaluatedLossChanges evaluated = new EvaluatedLossChanges(10);
    evaluated.startBatch(weights, h);
    evaluated.startImage(image, h);
    LossChangeSeries series = new LossChangeSeries(10);
    double s = SoftmaxCrossEntropy.guardFactor(image.y[image.label]);

    double[] c1 = new double[10];
    double[] c3 = new double[10];
    double[] c5 = new double[10];
    series.forLogits(image.y, image.label, s, c1, c3, c5, 10);
    double logitStep = SeriesBound.logitLargestStep(h);
    for (int k = 0; k < 10; k++) {
      double change = evaluated.logit(k, logitStep);
      assertThat(Math.abs(LossChangeSeries.evaluate(c1[k], c3[k], c5[k], logitStep) - change)).isLessThanOrEqualTo(allowed);
    }

    double[][] moments = new double[Series.ORDER + 1][6];
    double[] trueWeight = new double[6];
    double[] spread = new double[6];
    for (int j = 0; j < 6; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < 10; k++) {
        double w = p.w2().get(j, k);
        max = Math.max(max, w);
        min = Math.min(min, w);
        for (int m = 1; m <= Series.ORDER; m++) {
          moments[m][j] += image.y[k] * Math.pow(w, m);
        }
      }
      spread[j] = max - min;
      trueWeight[j] = p.w2().get(j, image.label);
    }
    series.forHiddenUnits(image.z, moments, trueWeight, s, c1, c3, c5, 6);
    for (int j = 0; j < 6; j++) {
      double step = SeriesBound.hiddenLargestStep(spread[j], h);
      double change = evaluated.hiddenUnit(j, step);
      assertThat(Math.abs(LossChangeSeries.evaluate(c1[j], c3[j], c5[j], step) - change)).isLessThanOrEqualTo(allowed);
    }
  }
}
