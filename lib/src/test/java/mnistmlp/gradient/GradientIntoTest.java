package mnistmlp.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;

/** The training loop's form: one gradient set, written again for every batch. */
class GradientIntoTest {
  private static final List<GradientMethod> METHODS = List.of(new NaiveNumericalGradient(),
      new IncrementalNumericalGradient(), new FastNumericalGradient(), new Backprop());

  @Test
  void aReusedSetHoldsExactlyTheFreshGradientOfTheLastBatch() {
    TwoLayerNet net = TwoLayerNet.create(12, 5, 3, Initialization.RANDN, 4);
    Matrix firstImages = images(6, 12, new Random(1));
    firstImages.set(0, 0, 0.5);
    Matrix secondImages = images(4, 12, new Random(2));
    for (int i = 0; i < 4; i++) {
      secondImages.set(i, 0, 0.0); // pixel 0 is used by the first batch only
    }
    SparseRows first = SparseRows.of(firstImages);
    SparseRows second = SparseRows.of(secondImages);
    int[] firstLabels = {0, 1, 2, 0, 1, 2};
    int[] secondLabels = {2, 2, 1, 0};
    for (GradientMethod method : METHODS) {
      Parameters reused = net.params().zerosLike();
      method.gradient(net, first, firstLabels, reused);
      method.gradient(net, second, secondLabels, reused);
      Parameters fresh = method.gradient(net, second, secondLabels);
      for (String name : Parameters.NAMES) {
        assertThat(reused.get(name).data()).as(method.name() + " " + name).containsExactly(fresh.get(name).data());
      }
    }
  }

  /** Dense batches of other sizes (1001 rows: more than backprop keeps) and widths in turn, to one method. */
  @Test
  void denseBatchesInTurnEachGetTheirFreshGradient() {
    TwoLayerNet net = TwoLayerNet.create(12, 5, 3, Initialization.RANDN, 4);
    TwoLayerNet fewerInputs = TwoLayerNet.create(7, 5, 3, Initialization.RANDN, 5);
    Batch six = new Batch(images(6, 12, new Random(1)), new int[] {0, 1, 2, 0, 1, 2});
    Batch two = new Batch(images(2, 12, new Random(2)), new int[] {2, 1});
    Batch sevenPixels = new Batch(images(3, 7, new Random(3)), new int[] {1, 0, 2});
    Batch large = new Batch(images(1001, 12, new Random(4)), new Random(5).ints(1001, 0, 3).toArray());
    for (GradientMethod method : METHODS) {
      List<Parameters> inTurn = List.of(method.gradient(net, six), method.gradient(net, large),
          method.gradient(net, two), method.gradient(fewerInputs, sevenPixels), method.gradient(net, six));
      List<Parameters> alone = List.of(fresh(method).gradient(net, six), fresh(method).gradient(net, large),
          fresh(method).gradient(net, two), fresh(method).gradient(fewerInputs, sevenPixels),
          fresh(method).gradient(net, six));
      for (int b = 0; b < inTurn.size(); b++) {
        for (String name : Parameters.NAMES) {
          assertThat(inTurn.get(b).get(name).data()).as(method.name() + " batch " + b + " " + name)
              .containsExactly(alone.get(b).get(name).data());
        }
      }
    }
  }

  @Test
  void aSetOfOtherShapesIsRefusedByName() {
    TwoLayerNet net = TwoLayerNet.create(12, 5, 3, Initialization.RANDN, 4);
    Parameters tooNarrow = TwoLayerNet.create(12, 4, 3, Initialization.RANDN, 4).params();
    for (GradientMethod method : METHODS) {
      assertThatThrownBy(() -> method.gradient(net, SparseRows.of(images(2, 12, new Random(3))), new int[] {0, 1}, tooNarrow))
          .as(method.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W1");
    }
  }

  /** A new instance of the same method, with nothing kept from earlier calls. */
  private static GradientMethod fresh(GradientMethod method) {
    return Gradients.byName(method.name());
  }

  /** Images with about half their pixels 0. */
  private static Matrix images(int rows, int cols, Random random) {
    Matrix x = Matrix.zeros(rows, cols);
    for (int i = 0; i < x.size(); i++) {
      x.data()[i] = random.nextBoolean() ? 0.0 : random.nextDouble();
    }
    return x;
  }
}
