package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import org.junit.jupiter.api.Test;

class TwoLayerNetTest {

  @Test
  void theNotesNetworkHas39760Parameters() {
    Parameters p = TwoLayerNet.mnist(Initialization.RANDN, 1).params();
    assertThat(p.count()).isEqualTo(39_760);
    assertThat(Parameters.NAMES).containsExactly("W1", "b1", "W2", "b2");
    assertThat(Parameters.NAMES.stream().map(p::get)).containsExactly(p.w1(), p.b1(), p.w2(), p.b2());
    assertThat(p.w1().shape()).isEqualTo("(784, 50)");
    assertThat(p.b1().shape()).isEqualTo("(1, 50)");
    assertThat(p.w2().shape()).isEqualTo("(50, 10)");
    assertThat(p.b2().shape()).isEqualTo("(1, 10)");
  }

  /**
   * The pass a thread reuses gives every call its own numbers: batches of other sizes and
   * networks of other shapes in between leave nothing behind, on this thread or another.
   */
  @Test
  void lossesAndAccuraciesDoNotDependOnTheCallsBefore() throws Exception {
    java.util.Random random = new java.util.Random(4);
    TwoLayerNet wide = TwoLayerNet.create(12, 9, 4, Initialization.RANDN, 1);
    TwoLayerNet narrow = TwoLayerNet.create(12, 3, 4, Initialization.RANDN, 2);
    Batch big = new Batch(Matrix.randn(40, 12, random), random.ints(40, 0, 4).toArray());
    Batch small = new Batch(Matrix.randn(2, 12, random), new int[] {3, 0});
    double[] alone = {fresh(wide, small), fresh(wide, big), fresh(narrow, small), fresh(narrow, big)};

    double[] interleaved = {wide.loss(small), wide.loss(big), narrow.loss(small), narrow.loss(big)};
    assertThat(interleaved).containsExactly(alone);
    TwoLayerNet fewerInputs = TwoLayerNet.create(7, 3, 4, Initialization.RANDN, 3);
    Batch sevenPixels = new Batch(Matrix.randn(5, 7, random).map(v -> v > 0 ? v : 0.0), random.ints(5, 0, 4).toArray());
    assertThat(fewerInputs.loss(sevenPixels)).isEqualTo(fresh(fewerInputs, sevenPixels));
    assertThat(wide.loss(big)).isEqualTo(alone[1]);
    int[] predicted = wide.predict(small.x());
    assertThat(wide.accuracy(small)).isEqualTo(((predicted[0] == 3 ? 1 : 0) + (predicted[1] == 0 ? 1 : 0)) / 2.0);
    double[] onAnotherThread = new double[4];
    Thread other = new Thread(() -> {
      onAnotherThread[0] = narrow.loss(big);
      onAnotherThread[1] = narrow.loss(small);
      onAnotherThread[2] = wide.loss(big);
      onAnotherThread[3] = wide.loss(small);
    });
    other.start();
    other.join();
    assertThat(onAnotherThread).containsExactly(alone[3], alone[2], alone[1], alone[0]);
  }

  /** The loss by a pass made for this call alone. */
  private static double fresh(TwoLayerNet net, Batch batch) {
    return new ForwardPass().run(net.params(), SparseRows.of(batch.x())).loss(batch.t());
  }

  @Test
  void sizesAreConfigurable() {
    Parameters p = TwoLayerNet.create(784, 100, 10, Initialization.BOOK, 1).params();
    assertThat(p.count()).isEqualTo(784 * 100 + 100 + 100 * 10 + 10);
  }

  @Test
  void theTwoInitialisationsDifferAsDocumented() {
    Parameters book = TwoLayerNet.mnist(Initialization.BOOK, 3).params();
    Parameters randn = TwoLayerNet.mnist(Initialization.RANDN, 3).params();
    assertThat(book.b1().sum()).isZero();
    assertThat(book.b2().sum()).isZero();
    assertThat(book.w1().max()).isLessThan(0.1);
    assertThat(randn.w1().max()).isGreaterThan(2); // standard normal: 39,200 draws reach well past 2
    assertThat(Math.abs(randn.b1().sum())).isPositive();
  }

  @Test
  void forwardGivesOneDistributionPerRow() {
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.RANDN, 4);
    Matrix y = net.forward(Matrix.zeros(5, 784));
    assertThat(y.shape()).isEqualTo("(5, 10)");
    assertThat(y.sumRows().sum()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void accuracyCountsCorrectPredictions() {
    // W1 = I, b = 0, W2 = I: the predicted class is the input's largest coordinate
    Matrix identity = Matrix.of(new double[][] {{1, 0}, {0, 1}});
    TwoLayerNet net = new TwoLayerNet(Parameters.of(identity, Matrix.zeros(1, 2), identity.copy(), Matrix.zeros(1, 2)));
    Batch batch = new Batch(Matrix.of(new double[][] {{5, 0}, {0, 5}, {5, 0}, {0, 5}}), new int[] {0, 1, 1, 1});
    assertThat(net.predict(batch.x())).containsExactly(0, 1, 0, 1);
    assertThat(net.accuracy(batch)).isEqualTo(0.75);
  }

  @Test
  void lossIsTheCrossEntropyOfTheForwardPass() {
    TwoLayerNet net = TwoLayerNet.create(3, 2, 2, Initialization.BOOK, 1);
    Batch batch = new Batch(Matrix.zeros(1, 3), new int[] {1});
    // zero input and zero biases: every hidden unit is σ(0) = 0.5, the output nearly uniform
    assertThat(net.loss(batch)).isCloseTo(Math.log(2), org.assertj.core.data.Offset.offset(1e-2));
  }

  @Test
  void inputsThatDoNotFitAreRejectedWithBothShapes() {
    TwoLayerNet net = TwoLayerNet.mnist(Initialization.BOOK, 1);
    assertThatThrownBy(() -> net.forward(Matrix.zeros(2, 783)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(2, 783)")
        .hasMessageContaining("(784, 50)");
  }
}
