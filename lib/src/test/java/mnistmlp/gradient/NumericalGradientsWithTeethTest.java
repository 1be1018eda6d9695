package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mnistmlp.data.Batch;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental and fast compute the notes' central differences, not the derivative. At h = 1e−3 and
 * 1e−2 both agree with the naive loop to 1e−9 on every compared entry, and in every parameter
 * backprop's derivative is at least {@value #SEPARATION} times further from the naive loop than
 * either method is. A method that returned backprop's gradient would fail here.
 *
 * <p>Why not "|naive − backprop| &gt; 100 × 1e−9 somewhere in each parameter": on these networks
 * and real digits the central difference at h = 1e−3 differs from the derivative by at most 1e−11
 * to 3e−8 per parameter (the book's start, batch of 100: about 1e−11 in b1), so that guard cannot
 * hold at h = 1e−3; at h = 1e−2 it holds only for some parameters. Both methods agree with the
 * naive loop to about 1e−12 (h = 1e−3) and 1e−13 (h = 1e−2), so the separation asserted here is
 * what tells a central difference from a derivative.
 *
 * <p>Real MNIST digits, batches of 1 (every entry compared), 10 and 100 (random entries of every
 * parameter, the naive loop being too slow for all of them).
 */
class NumericalGradientsWithTeethTest {
  static final double TOLERANCE = 1e-9;

  /** How many times further from naive backprop must be than the method, in every parameter. */
  static final double SEPARATION = 5;

  /** Below this, a gap between derivative and central difference would be rounding, not truncation. */
  static final double SMALLEST_GAP = 1e-11;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Initialization init : Initialization.values()) {
      for (double h : new double[] {1e-3, 1e-2}) {
        for (int batch : new int[] {1, 10, 100}) {
          cases.add(Arguments.of(init, h, batch));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, h = {1}, batch {2}")
  @MethodSource("cases")
  void incrementalAndFastGiveTheCentralDifferenceNotTheDerivative(Initialization init, double h, int batchSize) {
    Dataset mnist = FastNumericalGradientRealDataTest.offline(DatasetName.MNIST);
    TwoLayerNet net = TwoLayerNet.mnist(init, 60 + batchSize);
    Batch batch = mnist.train().batch(new Random(61 + batchSize).ints(batchSize, 0, mnist.train().size()).toArray());

    IncrementalNumericalGradient incremental = new IncrementalNumericalGradient(h);
    FastNumericalGradient fast = new FastNumericalGradient(h);
    Parameters incrementalGradient = incremental.gradient(net, batch);
    Parameters fastGradient = fast.gradient(net, batch);
    Parameters backpropGradient = new Backprop().gradient(net, batch);
    NaiveNumericalGradient naive = new NaiveNumericalGradient(h);
    Random random = new Random(62);

    for (String name : Parameters.NAMES) {
      double[] theta = net.params().get(name).data();
      double worstIncremental = 0;
      double worstFast = 0;
      double largestBackpropGap = 0;
      for (int k : entries(name, net, batch, batchSize == 1 ? theta.length : 60, random)) {
        double expected = naive.partialDerivative(theta, k, net, batch);
        worstIncremental = Math.max(worstIncremental, Math.abs(incrementalGradient.get(name).data()[k] - expected));
        worstFast = Math.max(worstFast, Math.abs(fastGradient.get(name).data()[k] - expected));
        largestBackpropGap = Math.max(largestBackpropGap, Math.abs(backpropGradient.get(name).data()[k] - expected));
      }
      assertThat(worstIncremental).as("incremental %s", name).isLessThanOrEqualTo(TOLERANCE);
      assertThat(worstFast).as("fast %s", name).isLessThanOrEqualTo(TOLERANCE);
      assertThat(largestBackpropGap).as("|naive − backprop| in %s", name)
          .isGreaterThan(SEPARATION * Math.max(worstIncremental, worstFast))
          .isGreaterThan(SMALLEST_GAP);
    }
    if (init == Initialization.BOOK && h == 1e-3) { // W1 and b1 from the series, W2 and b2 evaluated
      assertThat(fast.exactEvaluations()).as("loss changes evaluated").isEqualTo(batchSize * (50 + 1) * 10L);
      assertThat(fast.seriesSteps()).as("loss changes from the series").isPositive();
    }
  }

  /**
   * Entries of a parameter that the batch can move: for W1, only rows of pixels that are not 0 in
   * some image (the others are 0 in every method). All of them when there are at most
   * {@code count}, else {@code count} drawn at random.
   */
  private static int[] entries(String name, TwoLayerNet net, Batch batch, int count, Random random) {
    int length = net.params().get(name).size();
    int hidden = net.params().hiddenSize();
    IntStream live = IntStream.range(0, length);
    if (name.equals("W1")) {
      double[] x = batch.x().data();
      int inputs = batch.x().cols();
      live = live.filter(k -> IntStream.range(0, batch.size()).anyMatch(n -> x[n * inputs + k / hidden] != 0));
    }
    int[] candidates = live.toArray();
    if (count >= candidates.length) {
      return candidates;
    }
    return random.ints(count, 0, candidates.length).map(i -> candidates[i]).toArray();
  }
}
