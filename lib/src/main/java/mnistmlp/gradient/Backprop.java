package mnistmlp.gradient;

import java.util.Arrays;
import mnistmlp.data.Batch;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.math.Matrix;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.Products;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * Backpropagation (误差反向传播): the exact gradient by the chain rule, one forward and one
 * backward pass for the whole batch.
 *
 * <p>For L = −(1/N) Σ log(y_t + δ) the output error is ∂L/∂a2_k = (1/N) · s · (y_k − t_k) with
 * s = y_t / (y_t + δ) ({@link SoftmaxCrossEntropy#gradient}). The textbook y − t is the case δ = 0.
 * With small weights s is 1 to seven digits, but the notes' standard-normal start often drives y_t
 * below δ, and then s is far from 1: leaving it out would give the gradient of a different loss.
 *
 * <p>The products run on {@link Products}' kernels and give the numbers of the plain matrix
 * formulas to the last bit. An instance keeps its working arrays between calls (a call holds
 * the instance's lock).
 */
public final class Backprop implements GradientMethod {
  private final ForwardPass forward = new ForwardPass();
  private double[][] da2 = new double[0][];
  private double[][] da1 = new double[0][];
  private double[][] w2Transposed = new double[0][];
  private double[][] dW2Transposed = new double[0][];
  private SparseRows inputs; // a dense batch's non-zero entries

  @Override
  public String name() {
    return "backprop";
  }

  @Override
  public synchronized Parameters gradient(TwoLayerNet net, Batch batch) {
    return gradient(net, nonZeros(batch.x()), batch.t());
  }

  /**
   * x's non-zero entries: in arrays kept between calls for batches of up to
   * {@link TwoLayerNet#REUSED_ROWS} rows, as a lesson's loop hands them in, in arrays of their own
   * for larger ones, which would otherwise stay in memory.
   */
  private SparseRows nonZeros(Matrix x) {
    if (x.rows() > TwoLayerNet.REUSED_ROWS) {
      return SparseRows.of(x);
    }
    inputs = SparseRows.of(x, inputs);
    return inputs;
  }

  @Override
  public synchronized void gradient(TwoLayerNet net, SparseRows x, int[] t, Parameters out) {
    Parameters p = net.params();
    out.requireShapesOf(p);
    ForwardPass f = forward.run(p, x); // a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, y = softmax(a2)
    f.requireLabels(t);
    int n = t.length;
    prepare(n, p);
    for (int i = 0; i < n; i++) {
      SoftmaxCrossEntropy.gradientRow(f.y[i], 0, p.outputSize(), t[i], n, da2[i]); // da2 = s·(y − t) / N
      hiddenError(da2[i], w2Transposed, f.z1[i], da1[i]); // da1 = (da2·W2ᵀ) ⊙ σ'(a1)
    }
    weightsOut(f.z1, n, out.w2().data()); // z1ᵀ·da2
    Products.sumRows(da2, n, out.b2().data());
    Products.transposeTimes(x, da1, p.hiddenSize(), out.w1().data()); // xᵀ·da1, skipping the zero pixels
    Products.sumRows(da1, n, out.b1().data());
  }

  /**
   * dW2 = z1ᵀ·da2: entry (j, k) sums z1[n][j]·da2[n][k] in the order of n, as the plain product,
   * built as its transpose, a row per class k along the hidden units (long loops), then copied
   * into the (hidden, classes) matrix {@code dW2} (modified).
   */
  private void weightsOut(double[][] z1, int n, double[] dW2) {
    int classes = dW2Transposed.length;
    int hidden = dW2Transposed[0].length;
    for (int k = 0; k < classes; k++) {
      Arrays.fill(dW2Transposed[k], 0.0);
      for (int i = 0; i < n; i++) {
        Products.addScaled(dW2Transposed[k], da2[i][k], z1[i]);
      }
    }
    for (int j = 0; j < hidden; j++) {
      for (int k = 0; k < classes; k++) {
        dW2[j * classes + k] = dW2Transposed[k][j];
      }
    }
  }

  /** da1 = (da2·W2ᵀ) ⊙ z(1 − z), σ' written through σ's output z (da1 modified). */
  private static void hiddenError(double[] da2, double[][] w2Transposed, double[] z, double[] da1) {
    Arrays.fill(da1, 0.0);
    for (int k = 0; k < da2.length; k++) {
      if (da2[k] != 0.0) { // skipped like a zero in Matrix.dot
        Products.addScaled(da1, da2[k], w2Transposed[k]);
      }
    }
    for (int j = 0; j < da1.length; j++) {
      da1[j] *= z[j] * (1 - z[j]);
    }
  }

  private void prepare(int n, Parameters p) {
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    if (da2.length < n || w2Transposed.length != classes || w2Transposed[0].length != hidden) {
      da2 = new double[Math.max(n, da2.length)][classes];
      da1 = new double[Math.max(n, da1.length)][hidden];
      w2Transposed = new double[classes][hidden];
      dW2Transposed = new double[classes][hidden];
    }
    double[] w2 = p.w2().data();
    for (int j = 0; j < hidden; j++) {
      for (int k = 0; k < classes; k++) {
        w2Transposed[k][j] = w2[j * classes + k];
      }
    }
  }
}
