package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The incremental numerical gradient agrees with the naive loop to 1e−9 on every entry, at the notes' h = 1e−4. */
class IncrementalNumericalGradientTest {
  static final double TOLERANCE = 1e-9;

  @ParameterizedTest(name = "{0}, batch {1}")
  @MethodSource("mnistmlp.gradient.FastNumericalGradientTest#initsAndSmallBatches")
  void agreesOnEveryEntryOfASmallNetwork(Initialization init, int batchSize) {
    TwoLayerNet net = TwoLayerNet.create(30, 7, 10, init, 11 + batchSize);
    Batch batch = FastNumericalGradientTest.sparseBatch(batchSize, 30, 10, 100 + batchSize);

    Parameters naive = new NaiveNumericalGradient().gradient(net, batch);
    Parameters incremental = new IncrementalNumericalGradient().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, incremental)).isLessThanOrEqualTo(TOLERANCE);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreesOnEveryEntryOfTheNotesNetwork(Initialization init) {
    TwoLayerNet net = TwoLayerNet.mnist(init, 42);
    Batch batch = FastNumericalGradientTest.sparseBatch(1, 784, 10, 43);

    Parameters naive = new NaiveNumericalGradient().gradient(net, batch);
    Parameters incremental = new IncrementalNumericalGradient().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, incremental)).isLessThanOrEqualTo(TOLERANCE);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreesOnSampledEntriesForABatchOf100(Initialization init) {
    TwoLayerNet net = TwoLayerNet.mnist(init, 5);
    Batch batch = FastNumericalGradientTest.sparseBatch(100, 784, 10, 6);
    Parameters incremental = new IncrementalNumericalGradient(1e-4, 2).gradient(net, batch);

    assertThat(SampledAgreement.maxDifferenceToNaive(net, batch, incremental, 150, new Random(7)))
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** Pixels of 0..255 (not divided by 255) and a large step: nothing here depends on steps being small. */
  @Test
  void agreesForUnnormalisedPixelsAndALargeStep() {
    TwoLayerNet net = TwoLayerNet.create(30, 5, 10, Initialization.BOOK, 12);
    Batch small = FastNumericalGradientTest.sparseBatch(3, 30, 10, 13);
    Batch bytes = new Batch(small.x().times(255), small.t());

    Parameters incremental = new IncrementalNumericalGradient(1e-2).gradient(net, bytes);
    Parameters naive = new NaiveNumericalGradient(1e-2).gradient(net, bytes);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, incremental)).isLessThanOrEqualTo(TOLERANCE);
  }

  @Test
  void leavesTheParametersAsTheyWereAndIsReusable() {
    TwoLayerNet net = TwoLayerNet.create(40, 6, 10, Initialization.RANDN, 1);
    Parameters before = net.params().copy();
    IncrementalNumericalGradient incremental = new IncrementalNumericalGradient();
    Batch batch = FastNumericalGradientTest.sparseBatch(8, 40, 10, 1);
    Parameters first = incremental.gradient(net, batch);

    assertThat(net.params()).isEqualTo(before);
    assertThat(incremental.gradient(net, batch)).isEqualTo(first);
  }

  @Test
  void isRegisteredUnderItsNameAndRejectsBadSteps() {
    assertThat(Gradients.names()).containsExactly("naive", "incremental", "fast", "backprop");
    assertThat(Gradients.byName("incremental")).isInstanceOf(IncrementalNumericalGradient.class);
    assertThat(Gradients.byName("incremental", 1e-3)).asString().startsWith("IncrementalNumericalGradient[h=0.001,");
    for (double bad : new double[] {0, -1e-4, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new IncrementalNumericalGradient(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
