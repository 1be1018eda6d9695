package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast numerical gradient computes the notes' central differences: it must agree with
 * {@link NaiveNumericalGradient} to 1e−9 on every entry (on all entries where the naive method is
 * affordable, on a random sample of entries for the full network and large batches).
 */
class FastNumericalGradientTest {
  static final double TOLERANCE = 1e-9;

  static Batch sparseBatch(int n, int inputs, int classes, long seed) {
    return BackpropAgainstNaiveTest.randomBatch(n, inputs, classes, new Random(seed));
  }

  static Stream<Arguments> initsAndSmallBatches() {
    return Stream.of(Initialization.values())
        .flatMap(init -> Stream.of(1, 2, 3, 6).map(n -> Arguments.of(init, n)));
  }

  @ParameterizedTest(name = "{0}, batch {1}")
  @MethodSource("initsAndSmallBatches")
  void agreesOnEveryEntryOfASmallNetwork(Initialization init, int batchSize) {
    TwoLayerNet net = TwoLayerNet.create(30, 7, 10, init, 11 + batchSize);
    Batch batch = sparseBatch(batchSize, 30, 10, 100 + batchSize);

    Parameters naive = new NaiveNumericalGradient().gradient(net, batch);
    Parameters fast = new FastNumericalGradient().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fast)).isLessThanOrEqualTo(TOLERANCE);
  }

  @ParameterizedTest(name = "{0}, batch {1}")
  @MethodSource("notesNetworkAllEntries")
  void agreesOnEveryEntryOfTheNotesNetwork(Initialization init, int batchSize) {
    TwoLayerNet net = TwoLayerNet.mnist(init, 42);
    Batch batch = sparseBatch(batchSize, 784, 10, 43);

    Parameters naive = new NaiveNumericalGradient().gradient(net, batch);
    Parameters fast = new FastNumericalGradient().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fast)).isLessThanOrEqualTo(TOLERANCE);
  }

  static Stream<Arguments> notesNetworkAllEntries() {
    return Stream.of(Arguments.of(Initialization.BOOK, 1), Arguments.of(Initialization.RANDN, 1),
        Arguments.of(Initialization.BOOK, 3), Arguments.of(Initialization.RANDN, 2));
  }

  @ParameterizedTest(name = "{0}, batch {1}")
  @MethodSource("initsAndLargeBatches")
  void agreesOnSampledEntriesForLargeBatches(Initialization init, int batchSize) {
    TwoLayerNet net = TwoLayerNet.mnist(init, 5);
    Batch batch = sparseBatch(batchSize, 784, 10, 6);
    Parameters fast = new FastNumericalGradient().gradient(net, batch);

    assertThat(SampledAgreement.maxDifferenceToNaive(net, batch, fast, 150, new Random(7)))
        .isLessThanOrEqualTo(TOLERANCE);
  }

  static Stream<Arguments> initsAndLargeBatches() {
    return Stream.of(Initialization.values())
        .flatMap(init -> Stream.of(10, 37, 100).map(n -> Arguments.of(init, n)));
  }

  /** Step 0.01 is outside the logits' series range: they take the exact path. */
  @ParameterizedTest
  @EnumSource(Initialization.class)
  void largeStepTakesTheExactPathAndStillAgrees(Initialization init) {
    double h = 0.01;
    TwoLayerNet net = TwoLayerNet.create(40, 8, 10, init, 3);
    Batch batch = sparseBatch(5, 40, 10, 4);
    FastNumericalGradient fast = new FastNumericalGradient(h);

    Parameters fastGradient = fast.gradient(net, batch);
    Parameters naive = new NaiveNumericalGradient(h).gradient(net, batch);

    assertThat(fast.exactEvaluations()).isGreaterThan(0);
    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fastGradient)).isLessThanOrEqualTo(TOLERANCE);
  }

  /**
   * One hidden unit with huge outgoing weights (and saturated sigmoids from huge input weights):
   * that unit goes down the exact path, the others keep the series, and all agree.
   */
  @Test
  void extremeWeightsMixExactAndSeriesPaths() {
    TwoLayerNet net = TwoLayerNet.create(50, 6, 10, Initialization.RANDN, 9);
    Parameters p = net.params();
    for (int k = 0; k < 10; k++) {
      p.w2().set(0, k, p.w2().get(0, k) * 400);
    }
    for (int i = 0; i < 50; i++) {
      p.w1().set(i, 1, p.w1().get(i, 1) * 30); // unit 1 saturates
    }
    Batch batch = sparseBatch(4, 50, 10, 10);
    FastNumericalGradient fast = new FastNumericalGradient(1e-4, 1);

    Parameters fastGradient = fast.gradient(net, batch);
    Parameters naive = new NaiveNumericalGradient().gradient(net, batch);

    assertThat(fast.exactEvaluations()).isGreaterThan(0);
    assertThat(fast.seriesSteps()).isGreaterThan(fast.exactEvaluations());
    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fastGradient)).isLessThanOrEqualTo(TOLERANCE);
  }

  /**
   * h = 2.5e−4 is just inside the logits' series range for h this size (about 2.6e−4): the series
   * is used for every loss change, at its least accurate, and still agrees.
   */
  @Test
  void seriesAtTheEdgeOfItsRangeStillAgrees() {
    double h = 2.5e-4;
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.BOOK, 14);
    Batch batch = sparseBatch(2, 784, 10, 15);
    FastNumericalGradient fast = new FastNumericalGradient(h);

    Parameters fastGradient = fast.gradient(net, batch);
    Parameters naive = new NaiveNumericalGradient(h).gradient(net, batch);

    assertThat(fast.exactEvaluations()).isZero();
    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fastGradient)).isLessThanOrEqualTo(TOLERANCE);
  }

  /** Pixels of 0..255 (not divided by 255): h·x reaches 0.0255, beyond the series, so exact. */
  @Test
  void unnormalisedPixelsTakeTheExactPath() {
    TwoLayerNet net = TwoLayerNet.create(30, 5, 10, Initialization.BOOK, 12);
    Batch small = sparseBatch(3, 30, 10, 13);
    Batch bytes = new Batch(small.x().times(255), small.t());
    FastNumericalGradient fast = new FastNumericalGradient();

    Parameters fastGradient = fast.gradient(net, bytes);
    Parameters naive = new NaiveNumericalGradient().gradient(net, bytes);

    assertThat(fast.exactEvaluations()).isGreaterThan(0);
    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fastGradient)).isLessThanOrEqualTo(TOLERANCE);
  }

  @Test
  void twoThreadsGiveTheSameSumsEveryTime() {
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.BOOK, 1);
    Batch batch = sparseBatch(20, 784, 10, 2);
    Parameters oneThread = new FastNumericalGradient(1e-4, 1).gradient(net, batch);
    FastNumericalGradient threaded = new FastNumericalGradient(1e-4, 2);
    Parameters twoThreads = threaded.gradient(net, batch);
    assertThat(GradientCheckTest.maxAbsoluteDifference(oneThread, twoThreads)).isLessThan(1e-14);
    // The batch is cut into fixed shares, whichever thread runs them: the sums are reproducible.
    for (int repeat = 0; repeat < 20; repeat++) {
      assertThat(threaded.gradient(net, batch)).isEqualTo(twoThreads);
    }
  }

  @Test
  void leavesTheParametersAsTheyWereAndIsReusable() {
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.BOOK, 1);
    Parameters before = net.params().copy();
    FastNumericalGradient fast = new FastNumericalGradient();
    Parameters first = fast.gradient(net, sparseBatch(8, 784, 10, 1));
    Parameters again = fast.gradient(net, sparseBatch(8, 784, 10, 1));

    assertThat(net.params()).isEqualTo(before);
    assertThat(again).isEqualTo(first);
    // A different network size reuses the same instance.
    TwoLayerNet small = TwoLayerNet.create(12, 5, 4, Initialization.BOOK, 2);
    Batch smallBatch = sparseBatch(3, 12, 4, 3);
    assertThat(GradientCheckTest.maxAbsoluteDifference(
            fast.gradient(small, smallBatch), new NaiveNumericalGradient().gradient(small, smallBatch)))
        .isLessThanOrEqualTo(TOLERANCE);
  }

  @Test
  void isRegisteredUnderItsName() {
    assertThat(Gradients.names()).contains("fast");
    assertThat(Gradients.byName("fast")).isInstanceOf(FastNumericalGradient.class);
    assertThat(Gradients.byName("fast", 1e-3)).asString().startsWith("FastNumericalGradient[h=0.001,");
  }

  @Test
  void agreesWithBackpropToTheOrderOfH2() {
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.BOOK, 21);
    Batch batch = sparseBatch(100, 784, 10, 22);
    Parameters fast = new FastNumericalGradient().gradient(net, batch);
    Parameters backprop = new Backprop().gradient(net, batch);
    assertThat(GradientCheckTest.maxAbsoluteDifference(fast, backprop)).isLessThan(1e-8);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new FastNumericalGradient(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FastNumericalGradient(1e-4, 0)).isInstanceOf(IllegalArgumentException.class);
    TwoLayerNet net = TwoLayerNet.create(12, 5, 4, Initialization.BOOK, 2);
    assertThatThrownBy(() -> new FastNumericalGradient().gradient(net, new Batch(Matrix.zeros(1, 11), new int[] {0})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
