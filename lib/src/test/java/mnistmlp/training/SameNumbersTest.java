package mnistmlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import mnistmlp.data.Batch;
import mnistmlp.functions.Sigmoid;
import mnistmlp.functions.Softmax;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;

/**
 * The faster passes give the numbers of the plain matrix formulas, to the last bit: a training run
 * with {@link Backprop} and per-epoch accuracies equals one with backpropagation and accuracies
 * written with nothing but {@link Matrix} operations, loss for loss.
 */
class SameNumbersTest {

  /** Backpropagation as plain matrix algebra, with the transposes built. */
  static final class PlainBackprop implements GradientMethod {
    @Override
    public String name() {
      return "plain";
    }

    @Override
    public Parameters gradient(TwoLayerNet net, Batch batch) {
      Parameters p = net.params();
      Matrix x = batch.x();
      Matrix z1 = Sigmoid.sigmoid(x.dot(p.w1()).plusRow(p.b1()));
      Matrix y = Softmax.softmax(z1.dot(p.w2()).plusRow(p.b2()));
      Matrix da2 = SoftmaxCrossEntropy.gradient(y, batch.t());
      Matrix da1 = da2.dot(p.w2().transpose()).hadamard(z1.map(z -> z * (1 - z)));
      return Parameters.of(x.transpose().dot(da1), da1.sumRows(), z1.transpose().dot(da2), da2.sumRows());
    }
  }

  @Test
  void aTrainingHistoryIsTheOneThePlainFormulasGive() {
    Examples train = Examples.of(SyntheticData.make(300, 40, 10, 1));
    Examples test = Examples.of(SyntheticData.make(120, 40, 10, 2));
    TrainingConfig config = new TrainingConfig(60, 25, 0.5, 3);

    History fast = new SgdTrainer(new Backprop(), config).train(TwoLayerNet.create(40, 12, 10, Initialization.BOOK, 4), train, test);
    History plain = new SgdTrainer(new PlainBackprop(), config).train(TwoLayerNet.create(40, 12, 10, Initialization.BOOK, 4), train, test);

    assertThat(fast.losses()).containsExactly(plain.losses());
    assertThat(fast.epochs()).extracting(EpochRecord::trainAccuracy)
        .containsExactlyElementsOf(plain.epochs().stream().map(EpochRecord::trainAccuracy).toList());
    assertThat(fast.epochs()).extracting(EpochRecord::testAccuracy)
        .containsExactlyElementsOf(plain.epochs().stream().map(EpochRecord::testAccuracy).toList());
  }

  @Test
  void accuracyCountsWhatThePlainPredictionsGetRight() {
    Batch data = SyntheticData.make(2500, 40, 10, 5);
    TwoLayerNet net = TwoLayerNet.create(40, 12, 10, Initialization.RANDN, 6);
    int[] predicted = Softmax.softmax(Sigmoid.sigmoid(data.x().dot(net.params().w1()).plusRow(net.params().b1()))
        .dot(net.params().w2()).plusRow(net.params().b2())).argmaxRows();
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == data.t()[i] ? 1 : 0;
    }
    assertThat(Accuracy.of(net, Examples.of(data))).isEqualTo((double) correct / predicted.length);
  }
}
