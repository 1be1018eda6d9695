package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
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
  void theMethodsTakeTurnsFromTheFirstWarmUpCallOn() {
    List<String> calls = callsWhileTiming(1e-9, 1);

    // a warm-up shorter than any call: one call each per warm-up round; then an untimed and a
    // timed call per method
    List<String> expected = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      expected.addAll(List.of("a", "b"));
    }
    expected.addAll(List.of("a", "a", "b", "b"));
    assertThat(calls).isEqualTo(expected);
  }

  @Test
  void noWarmUpTimeMeansNoWarmUpRounds() {
    List<String> calls = callsWhileTiming(0.0, 2);

    assertThat(calls).containsExactly("a", "a", "b", "b", "a", "a", "b", "b");
  }

  /** The calls, in order, of two recording methods "a" and "b" timed with this warm-up and repeats. */
  private static List<String> callsWhileTiming(double warmupSeconds, int repeats) {
    List<String> calls = new ArrayList<>();
    List<GradientMethod> methods = List.of(recording("a", calls), recording("b", calls));
    TwoLayerNet net = TwoLayerNet.create(20, 4, 10, Initialization.BOOK, 1);
    Batch batch = BackpropAgainstNaiveTest.randomBatch(2, 20, 10, new Random(2));
    GradientTimings.timeInRounds(methods, net, batch, warmupSeconds, repeats, new double[2][repeats]);
    return calls;
  }

  /** A method that only notes its calls. */
  private static GradientMethod recording(String name, List<String> calls) {
    return new GradientMethod() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Parameters gradient(TwoLayerNet net, Batch batch) {
        throw new UnsupportedOperationException("timed through the sparse form");
      }

      @Override
      public void gradient(TwoLayerNet net, SparseRows x, int[] labels, Parameters out) {
        calls.add(name);
      }
    };
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(GradientTimings.median(new double[] {4, 1, 3})).isEqualTo(3);
    assertThat(GradientTimings.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
