package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/** A way to compute ∂L/∂θ, the gradient (梯度) of the batch loss for every parameter θ. */
public interface GradientMethod {

  /** The name the command line uses: {@code naive}, {@code incremental}, {@code fast}, {@code backprop}. */
  String name();

  /**
   * The gradient of {@code net.loss(batch)}, one matrix per parameter. The network's parameters
   * are the same afterwards as before (a numerical method may change them while it works).
   */
  Parameters gradient(TwoLayerNet net, Batch batch);

  /**
   * The same for a batch given by its inputs' non-zero entries and its labels, the form the
   * training loop keeps its data in.
   */
  default Parameters gradient(TwoLayerNet net, SparseRows x, int[] labels) {
    Parameters gradient = net.params().zerosLike();
    gradient(net, x, labels, gradient);
    return gradient;
  }

  /**
   * The same, written into {@code out} (modified), a set of the network's shapes: the training
   * loop keeps one from batch to batch instead of a fresh 39,760 numbers per iteration. A method
   * that needs the dense matrix gets it rebuilt.
   */
  default void gradient(TwoLayerNet net, SparseRows x, int[] labels, Parameters out) {
    out.setTo(gradient(net, new Batch(x.toMatrix(), labels)));
  }

  /**
   * The gradient of one named parameter only. The notes' experiment updates each parameter right
   * after computing its own gradient, so a numerical method can save the work for the others.
   */
  default Matrix gradientOf(String parameter, TwoLayerNet net, Batch batch) {
    return gradient(net, batch).get(parameter);
  }
}
