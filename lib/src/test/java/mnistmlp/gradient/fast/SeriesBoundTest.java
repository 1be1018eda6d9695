package mnistmlp.gradient.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
   * more than that (plus the rounding of the evaluated losses, which reach about 16 where y_t is
   * below the guard δ). Any network of either start, any image, any label.
   */
  @Property(tries = 60)
  void atTheLargestAllowedStepTheSeriesIsWithinItsBound(
      @ForAll Initialization init, @ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int label) {
    double h = 1e-2;
    double allowed = 2 * h * SeriesBound.GRADIENT_ERROR + 1e-14;
    TwoLayerNet net = TwoLayerNet.create(30, 6, 10, init, seed);
    Parameters p = net.params();
    Random random = new Random(seed + 1);
    double[] x = new double[30];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble() < 0.3 ? random.nextDouble() : 0.0;
    }
    ImageForward image = new ImageForward(30, 6, 10);
    SparseRows rows = SparseRows.of(Matrix.row(x));
    image.view(new ForwardPass().run(p, rows), 0, label);
    EvaluatedLossChanges evaluated = new EvaluatedLossChanges(6, 10);
    evaluated.startBatch(p.w2().data(), h, h);
    evaluated.startImage(image);
    // h = 1e-4 and a largest step of 0 put every change on the series, whatever the bound says.
    SeriesLossChanges series = new SeriesLossChanges(6, 10);
    series.startBatch(p.w2().data(), 1e-4, 0);
    series.startImage(image);

    double logitStep = SeriesBound.logitLargestStep(h);
    double[] bySeries = new double[10];
    double[] byEvaluation = new double[10];
    series.logits(logitStep, bySeries, 0);
    evaluated.logits(logitStep, byEvaluation, 0);
    for (int k = 0; k < 10; k++) {
      assertThat(Math.abs(bySeries[k] - byEvaluation[k])).isLessThanOrEqualTo(allowed);
    }
    double[] changes = new double[6];
    for (int j = 0; j < 6; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < 10; k++) {
        max = Math.max(max, p.w2().get(j, k));
        min = Math.min(min, p.w2().get(j, k));
      }
      double step = SeriesBound.hiddenLargestStep(max - min, h);
      series.hiddenUnits(step, changes);
      assertThat(Math.abs(changes[j] - evaluated.hiddenUnit(j, step))).isLessThanOrEqualTo(allowed);
    }
    assertThat(series.logitsEvaluated).as("logits evaluated").isFalse();
    for (int j = 0; j < 6; j++) {
      assertThat(series.hiddenEvaluated[j]).as("unit %d evaluated", j).isFalse();
    }
  }

  /**
   * At the notes' h = 1e−4 both starts of the 784-50-10 network keep every change on the series.
   * The logits' changes are evaluated from h ≈ 2.6e−4 on, and at h = 1e−4 a hidden unit's once its
   * outgoing weights spread over more than about 6.6; the other units keep the series.
   */
  @ParameterizedTest
  @EnumSource(Initialization.class)
  void changesAreEvaluatedExactlyWhereTheBoundFails(Initialization init) {
    Parameters p = TwoLayerNet.mnist(init, 42).params();
    SeriesLossChanges series = new SeriesLossChanges(50, 10);
    series.startBatch(p.w2().data(), 1e-4, 1e-4);
    assertThat(series.unitsEvaluated).isZero();
    assertThat(series.logitsEvaluated).isFalse();

    series.startBatch(p.w2().data(), 2.5e-4, 2.5e-4);
    assertThat(series.logitsEvaluated).isFalse();
    series.startBatch(p.w2().data(), 2.7e-4, 2.7e-4);
    assertThat(series.logitsEvaluated).isTrue();

    for (double spread : new double[] {6.5, 6.8, 1200}) {
      for (int k = 0; k < 10; k++) {
        p.w2().set(0, k, spread * (k / 9.0 - 0.5));
      }
      series.startBatch(p.w2().data(), 1e-4, 1e-4);
      assertThat(series.unitsEvaluated).as("spread %s", spread).isEqualTo(spread < 6.6 ? 0 : 1);
      assertThat(series.hiddenEvaluated[0]).as("spread %s", spread).isEqualTo(spread > 6.6);
      assertThat(series.logitsEvaluated).as("spread %s", spread).isFalse();
    }
  }
}
