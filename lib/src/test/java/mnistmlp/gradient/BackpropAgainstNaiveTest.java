package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackpropAgainstNaiveTest {

  /** Sparse images in [0, 1], roughly as sparse as MNIST digits. */
  static Batch randomBatch(int n, int inputs, int classes, Random random) {
    Matrix x = Matrix.zeros(n, inputs);
    for (int k = 0; k < x.size(); k++) {
      if (random.nextDouble() < 0.2) {
        x.data()[k] = random.nextInt(256) / 255.0;
      }
    }
    int[] t = random.ints(n, 0, classes).toArray();
    return new Batch(x, t);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreeOnASmallNetwork(Initialization init) {
    TwoLayerNet net = TwoLayerNet.create(12, 5, 4, init, 7);
    Batch batch = randomBatch(6, 12, 4, new Random(8));

    var naive = new NaiveNumericalGradient().gradient(net, batch);
    var backprop = new Backprop().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, backprop)).isLessThan(1e-7);
  }

  @ParameterizedTest
  @EnumSource(Initialization.class)
  void agreeOnTheNotesNetwork(Initialization init) {
    TwoLayerNet net = TwoLayerNet.mnist(init, 42);
    Batch batch = randomBatch(3, 784, 10, new Random(43));

    var naive = new NaiveNumericalGradient().gradient(net, batch);
    var backprop = new Backprop().gradient(net, batch);

    assertThat(GradientCheckTest.maxAbsoluteDifference(naive, backprop)).isLessThan(1e-7);
  }
}
