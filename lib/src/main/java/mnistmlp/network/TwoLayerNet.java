package mnistmlp.network;

import static mnistmlp.functions.Sigmoid.sigmoid;
import static mnistmlp.functions.Softmax.softmax;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;

/**
 * The two-layer perceptron of the notes: input → sigmoid hidden layer → softmax output. Its
 * parameters are mutable on purpose: training and the numerical gradient change them in place.
 */
public final class TwoLayerNet {
  /**
   * Each thread reuses one pass for batches of up to {@link #REUSED_ROWS} rows: the notes' loop
   * evaluates the loss twice per parameter, and for one image a fresh pass cost about 80 µs, nearly
   * all of it allocating (W1's rows alone are 784 arrays), against 11 µs reused. Larger batches get
   * a pass of their own, so that no thread keeps the arrays of a whole data set.
   */
  public static final int REUSED_ROWS = 1000;
  private static final ThreadLocal<ForwardPass> REUSED = ThreadLocal.withInitial(ForwardPass::new);

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

  /**
   * The forward pass by the notes' matrix formulas, keeping every intermediate result: the same
   * numbers, to the last bit, as the kernels of {@link ForwardPass} that loss and accuracy use.
   */
  public Activations activations(Matrix x) {
    params.requireInputs(x.rows(), x.cols());
    Matrix a1 = x.dot(params.w1()).plusRow(params.b1());
    Matrix z1 = sigmoid(a1);
    Matrix a2 = z1.dot(params.w2()).plusRow(params.b2());
    return new Activations(x, a1, z1, a2, softmax(a2));
  }

  /**
   * The cross-entropy of the batch: the notes' {@code neuf}, softmax and cross-entropy of the
   * logits a2 taken together (the same numbers as {@code crossEntropyError(forward(x), t)}).
   */
  public double loss(Batch batch) {
    return pass(batch.x()).loss(batch.t());
  }

  private ForwardPass pass(Matrix x) {
    ForwardPass pass = x.rows() <= REUSED_ROWS ? REUSED.get() : new ForwardPass();
    return pass.run(params, x);
  }

  /** The predicted class of each row. */
  public int[] predict(Matrix x) {
    return forward(x).argmaxRows();
  }

  /** The fraction of rows whose predicted class is the label. */
  public double accuracy(Batch batch) {
    return batch.size() == 0 ? 0.0 : (double) pass(batch.x()).correct(batch.t(), 0) / batch.size();
  }
}
