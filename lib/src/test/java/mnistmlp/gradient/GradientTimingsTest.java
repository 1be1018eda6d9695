package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;

/** The timing rows the lessons and bench use: their shape and the naive sample's values (not the speeds). */
class GradientTimingsTest {

  @Test
  void oneRowPerMethodAndHiddenSizeInTheStorysOrder() {
    Batch batch = BackpropAgainstNaiveTest.randomBatch(3, 20, 10, new Random(1));

    List<GradientTimings.Row> rows = GradientTimings.forHiddenSizes(batch, Initialization.BOOK, 2, 2, 5, 3, 6);

    assertThat(rows).extracting(GradientTimings.Row::method)
        .containsExactly("naive", "incremental", "fast", "backprop", "naive", "incremental", "fast", "backprop");
    assertThat(rows).extracting(GradientTimings.Row::hidden).containsExactly(3, 3, 3, 3, 6, 6, 6, 6);
    assertThat(rows).allSatisfy(row -> assertThat(row.ms()).isPositive());
  }

  @Test
  void theNaiveSampleHoldsTheNaiveValuesOfItsEntries() {
    TwoLayerNet net = TwoLayerNet.create(20, 4, 10, Initialization.RANDN, 3);
    Batch batch = BackpropAgainstNaiveTest.randomBatch(2, 20, 10, new Random(4));
    GradientTimings.NaiveSample sample = new GradientTimings.NaiveSample(net, batch, 30, new Random(5));
    assertThat(sample.extrapolatedMillis(2)).hasSize(2).doesNotContain(0.0);

    assertThat(sample.maxDifference(new NaiveNumericalGradient().gradient(net, batch))).isZero();
    assertThat(sample.maxDifference(new IncrementalNumericalGradient().gradient(net, batch))).isLessThan(1e-9);
    assertThat(sample.maxDifference(net.params().zerosLike())).isGreaterThan(1e-3);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(GradientTimings.median(new double[] {4, 1, 3})).isEqualTo(3);
    assertThat(GradientTimings.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
