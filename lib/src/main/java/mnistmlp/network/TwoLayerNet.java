package mnistmlp.network;

import static mnistmlp.functions.Sigmoid.sigmoid;
import static mnistmlp.functions.Softmax.softmax;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.math.Matrix;

/**
 * The two-layer perceptron of the notes: input → sigmoid hidden layer → softmax output. Its
 * parameters are mutable on purpose: training and the numerical gradient change them in place.
 */
public final class TwoLayerNet {
  private final Parameters params;

  public TwoLayerNet(Parameters params) {
    this.params = params;
  }

  /** A new network of the given sizes, its parameters drawn from a seeded generator. */
  public static TwoLayerNet create(int input, int hidden, int output, Initialization init, long seed) {
    return new TwoLayerNet(init.initialise(input, hidden, output, new Random(seed)));
  }

  /** The notes' 784-50-10 network. */
  public static TwoLayerNet mnist(Initialization init, long seed) {
    return create(784, 50, 10, init, seed);
  }

  public Parameters params() {
    return params;
  }

  /** The class probabilities y for each row of x: the notes' {@code forward}. */
  public Matrix forward(Matrix x) {
    return activations(x).y();
  }

  /** The forward pass, keeping every intermediate result. */
  public Activations activations(Matrix x) {
    if (x.cols() != params.inputSize()) {
      throw new IllegalArgumentException(
          "input " + x.shape() + " does not fit W1 " + params.w1().shape() + ": need " + params.inputSize() + " columns");
    }
    Matrix a1 = x.dot(params.w1()).plusRow(params.b1());
    Matrix z1 = sigmoid(a1);
    Matrix a2 = z1.dot(params.w2()).plusRow(params.b2());
    Matrix y = softmax(a2);
    return new Activations(x, a1, z1, a2, y);
  }

  /**
   * The cross-entropy of the batch: the notes' {@code neuf}, softmax and cross-entropy of the
   * logits a2 taken together (the same numbers as {@code crossEntropyError(forward(x), t)}).
   */
  public double loss(Batch batch) {
    return SoftmaxCrossEntropy.loss(activations(batch.x()).a2(), batch.t());
  }

  /** The predicted class of each row. */
  public int[] predict(Matrix x) {
    return forward(x).argmaxRows();
  }

  /** The fraction of rows whose predicted class is the label. */
  public double accuracy(Batch batch) {
    int[] predicted = predict(batch.x());
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == batch.t()[i]) {
        correct++;
      }
    }
    return batch.size() == 0 ? 0.0 : (double) correct / batch.size();
  }
}
