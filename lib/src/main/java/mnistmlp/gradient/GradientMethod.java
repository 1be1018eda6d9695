package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/** A way to compute ∂L/∂θ, the gradient (梯度) of the batch loss for every parameter θ. */
public interface GradientMethod {

  /** The name the command line uses: {@code naive}, {@code backprop}, {@code fast}. */
  String name();

  /**
   * The gradient of {@code net.loss(batch)}, one matrix per parameter. The network's parameters
   * are the same afterwards as before (a numerical method may change them while it works).
   */
  Parameters gradient(TwoLayerNet net, Batch batch);
}
