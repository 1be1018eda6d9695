package mnistmlp.gradient;

import mnistmlp.data.Batch;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.math.Matrix;
import mnistmlp.network.Activations;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/**
 * Backpropagation (误差反向传播): the exact gradient by the chain rule, one forward and one
 * backward pass for the whole batch.
 *
 * <p>For L = −(1/N) Σ log(y_t + δ) the output error is ∂L/∂a2_k = (1/N) · s · (y_k − t_k) with
 * s = y_t / (y_t + δ) ({@link SoftmaxCrossEntropy#gradient}). The textbook y − t is the case δ = 0. With small weights s is 1 to seven
 * digits, but the notes' standard-normal start often drives y_t below δ, and then s is far from 1:
 * leaving it out would give the gradient of a different loss.
 */
public final class Backprop implements GradientMethod {

  @Override
  public String name() {
    return "backprop";
  }

  @Override
  public Parameters gradient(TwoLayerNet net, Batch batch) {
    Parameters p = net.params();
    Activations act = net.activations(batch.x());

    Matrix da2 = SoftmaxCrossEntropy.gradient(act.y(), batch.t());
    Matrix dW2 = act.z1().transpose().dot(da2);
    Matrix db2 = da2.sumRows();

    Matrix dz1 = da2.dot(p.w2().transpose());
    Matrix da1 = dz1.hadamard(act.z1().map(z -> z * (1 - z))); // σ' = σ(1 − σ)
    Matrix dW1 = act.x().transpose().dot(da1);
    Matrix db1 = da1.sumRows();

    return Parameters.of(dW1, db1, dW2, db2);
  }

}
