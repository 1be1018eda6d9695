package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

  /** The largest absolute difference over every entry of every parameter. */
  static double maxAbsoluteDifference(Parameters a, Parameters b) {
    return GradientCheck.compare(a, b).stream().mapToDouble(GradientCheck.Difference::maxAbsolute).max().orElse(0);
  }

  @Test
  void reportsMaxAbsoluteAndRelativeDifferencePerParameter() {
    Parameters a = TwoLayerNet.create(2, 2, 2, Initialization.BOOK, 1).params().zerosLike();
    Parameters b = a.copy();
    a.w1().set(0, 0, 3);
    b.w1().set(0, 0, 4);
    List<GradientCheck.Difference> rows = GradientCheck.compare(a, b);
    assertThat(rows).extracting(GradientCheck.Difference::parameter).containsExactly("W1", "b1", "W2", "b2");
    assertThat(rows.get(0).maxAbsolute()).isEqualTo(1.0);
    assertThat(rows.get(0).relative()).isEqualTo(1.0 / 7);
    assertThat(rows.get(1).maxAbsolute()).isZero();
    assertThat(rows.get(1).relative()).isZero();
  }

  @Test
  void naiveRestoresEveryParameter() {
    TwoLayerNet net = TwoLayerNet.create(5, 3, 2, Initialization.RANDN, 1);
    Parameters before = net.params().copy();
    new NaiveNumericalGradient().gradient(net, new Batch(Matrix.randn(2, 5, new Random(2)), new int[] {0, 1}));
    for (String name : Parameters.NAMES) {
      assertThat(net.params().get(name)).isEqualTo(before.get(name));
    }
  }

  @Test
  void theTextbookOutputErrorIsVisiblyWrongWhenTheTrueClassIsBelowTheGuard() {
    // standard-normal weights and a bright image: the true class often gets y_t < 1e-7
    Random random = new Random(3);
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.RANDN, 5);
    Matrix x = Matrix.zeros(1, 784);
    for (int k = 0; k < 784; k++) {
      x.data()[k] = random.nextDouble() < 0.3 ? 1.0 : 0.0;
    }
    Matrix y = net.forward(x);
    int worst = 0;
    for (int k = 1; k < 10; k++) {
      worst = y.get(0, k) < y.get(0, worst) ? k : worst;
    }
    assertThat(y.get(0, worst)).isLessThan(1e-7);
    Batch batch = new Batch(x, new int[] {worst});

    Matrix guarded = mnistmlp.functions.SoftmaxCrossEntropy.gradient(y, batch.t());
    Matrix target = Matrix.zeros(1, 10);
    target.set(0, worst, 1.0);
    Matrix textbook = y.minus(target);
    // the guarded output error is far smaller: the loss barely moves while y_t is below δ
    assertThat(Math.abs(guarded.get(0, worst))).isLessThan(0.5 * Math.abs(textbook.get(0, worst)));
    // and the guarded one is the right one, by the notes' numerical gradient of b2
    double numerical = new NaiveNumericalGradient().gradient(net, batch).b2().get(0, worst);
    assertThat(new Backprop().gradient(net, batch).b2().get(0, worst)).isCloseTo(numerical, within(1e-7));
    assertThat(Math.abs(textbook.get(0, worst) - numerical)).isGreaterThan(1e-3);
  }
}
