package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.DataException;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.data.Datasets;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Agreement on real images, through the data package without downloading anything: MNIST from the
 * user cache (full set or offline sample) and Fashion-MNIST from Debian's package. Skipped when
 * neither is on this machine.
 */
class FastNumericalGradientRealDataTest {

  static Dataset offline(DatasetName name) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put(DataSources.OFFLINE_VARIABLE, "1");
    try {
      return Datasets.load(name, DataSources.forEnvironment(environment));
    } catch (DataException e) {
      assumeTrue(false, name + " is not available offline: " + e.getMessage());
      return null;
    }
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreesOnEveryEntryForOneMnistDigit(Initialization init) {
    Dataset mnist = offline(DatasetName.MNIST);
    TwoLayerNet net = TwoLayerNet.mnist(init, 31);
    Batch one = mnist.train().batch(new int[] {17});

    Parameters naive = new NaiveNumericalGradient().gradient(net, one);
    Parameters fast = new FastNumericalGradient().gradient(net, one);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, fast))
        .isLessThanOrEqualTo(FastNumericalGradientTest.TOLERANCE);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreesOnSampledEntriesForAnMnistBatchOf100(Initialization init) {
    Dataset mnist = offline(DatasetName.MNIST);
    TwoLayerNet net = TwoLayerNet.mnist(init, 32);
    int[] indices = new Random(33).ints(100, 0, mnist.train().size()).toArray();
    Batch batch = mnist.train().batch(indices);

    Parameters fast = new FastNumericalGradient().gradient(net, batch);

    assertThat(SampledAgreement.maxDifferenceToNaive(net, batch, fast, 200, new Random(34)))
        .isLessThanOrEqualTo(FastNumericalGradientTest.TOLERANCE);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreesOnSampledEntriesForAFashionBatchOf100(Initialization init) {
    Dataset fashion = offline(DatasetName.FASHION);
    TwoLayerNet net = TwoLayerNet.mnist(init, 35);
    int[] indices = new Random(36).ints(100, 0, fashion.train().size()).toArray();
    Batch batch = fashion.train().batch(indices);

    Parameters fast = new FastNumericalGradient().gradient(net, batch);

    assertThat(SampledAgreement.maxDifferenceToNaive(net, batch, fast, 200, new Random(37)))
        .isLessThanOrEqualTo(FastNumericalGradientTest.TOLERANCE);
  }
}
