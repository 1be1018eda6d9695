package mnistmlp.network;

import static mnistmlp.functions.Sigmoid.sigmoid;

import java.util.Arrays;
import mnistmlp.functions.Softmax;
import mnistmlp.functions.SoftmaxCrossEntropy;
import mnistmlp.math.Matrix;

/**
 * a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, y = softmax(a2) for a batch of sparse rows, into
 * arrays (one per row) kept between calls: the numbers of {@link TwoLayerNet#activations}, term for
 * term, large batches split by rows across the cores. Not to be shared between threads.
 */
public final class ForwardPass {
  public double[][] a1 = new double[0][];
  public double[][] z1 = new double[0][];
  public double[][] a2 = new double[0][];
  public double[][] y = new double[0][];
  /** W1's and W2's rows, copied once per pass. */
  double[][] w1 = new double[0][];
  double[][] w2 = new double[0][];
  private double[][] z1Transposed;
  private double[][] a2Transposed;
  private int rows;
  private final boolean parallel;
  private SparseRows inputs; // a dense batch's non-zero entries

  /** A pass that splits large batches across the cores. */
  public ForwardPass() {
    this(true);
  }

  /** A pass that splits large batches across the cores if {@code parallel}, else runs on the caller alone. */
  public ForwardPass(boolean parallel) {
    this.parallel = parallel;
  }

  /** Runs every row of the dense {@code x}, listed into non-zero entries kept between calls. */
  ForwardPass run(Parameters p, Matrix x) {
    inputs = SparseRows.of(x, inputs);
    return run(p, inputs);
  }

  /** Runs every row of {@code x} through the network with parameters {@code p}. */
  public ForwardPass run(Parameters p, SparseRows x) {
    return run(p, x, 0, x.rows());
  }

  /** Runs rows {@code first} to {@code first + count} of {@code x}: they become rows 0 to count here. */
  public ForwardPass run(Parameters p, SparseRows x, int first, int count) {
    p.requireInputs(x.rows(), x.cols());
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    rows = count;
    if (a1.length < rows || w1.length != p.inputSize() || w2.length != hidden || a1[0].length != hidden
        || a2[0].length != classes) {
      allocate(Math.max(rows, 1), p.inputSize(), hidden, classes);
    }
    Products.copyRows(p.w1(), w1);
    Products.copyRows(p.w2(), w2);
    double[] b1 = p.b1().data();
    double[] b2 = p.b2().data();
    long work = parallel ? (long) (x.start[first + count] - x.start[first]) * hidden : 0;
    Products.inParallel(count, work, i -> x.start[first + i] + 16L * i, (from, to) -> {
      Products.times(x, first + from, first + to, w1, a1, first); // x·W1
      for (int i = from; i < to; i++) {
        hiddenOutputs(i, b1);
      }
      logits(from, to, b2);
      for (int i = from; i < to; i++) {
        Softmax.softmaxRow(a2[i], y[i], 0, a2[i].length); // shifted by the largest logit
      }
    });
    return this;
  }

  /** a1 += b1 and z1 = σ(a1) for row i, z1 also kept by column (z1ᵀ). */
  private void hiddenOutputs(int i, double[] b1) {
    double[] a = a1[i];
    double[] z = z1[i];
    for (int j = 0; j < a.length; j++) {
      a[j] += b1[j];
      z[j] = sigmoid(a[j]);
      z1Transposed[j][i] = z[j];
    }
  }

  /**
   * a2 = z1·W2 + b2 for rows from..to, one column k at a time: Σ_j z1[·][j]·W2[j][k] added in the
   * order of j as in {@code Matrix.dot}, along rows of z1ᵀ (long loops, where rows of W2 have
   * only ten entries). A z of 0 is not skipped here: adding 0·w changes no sum of finite numbers.
   */
  private void logits(int from, int to, double[] b2) {
    for (int k = 0; k < a2Transposed.length; k++) {
      double[] column = a2Transposed[k];
      Arrays.fill(column, from, to, 0.0);
      int j = 0;
      for (; j + 4 <= w2.length; j += 4) { // four terms per pass, each rounded as if added alone
        Products.addScaled4(column, from, to, w2[j][k], z1Transposed[j], w2[j + 1][k], z1Transposed[j + 1],
            w2[j + 2][k], z1Transposed[j + 2], w2[j + 3][k], z1Transposed[j + 3]);
      }
      for (; j < w2.length; j++) {
        double w = w2[j][k];
        double[] z = z1Transposed[j];
        for (int i = from; i < to; i++) {
          column[i] += z[i] * w;
        }
      }
      for (int i = from; i < to; i++) {
        a2[i][k] = column[i] + b2[k];
      }
    }
  }

  /** The mean cross-entropy of the rows with these labels, as {@link TwoLayerNet#loss} gives it. */
  public double loss(int[] labels) {
    requireLabels(labels);
    double sum = 0;
    for (int n = 0; n < rows; n++) {
      sum += SoftmaxCrossEntropy.lossOfProbability(y[n][labels[n]]); // y is the shifted softmax of a2
    }
    return sum / rows;
  }

  /** How many rows' largest probability is at their label, row i's label being {@code labels[first + i]}. */
  public int correct(int[] labels, int first) {
    int correct = 0;
    for (int i = 0; i < rows; i++) {
      correct += Matrix.argmax(y[i], 0, y[i].length) == labels[first + i] ? 1 : 0;
    }
    return correct;
  }

  /** One label per row, each a class of the output. */
  public void requireLabels(int[] labels) {
    SoftmaxCrossEntropy.requireLabels(rows, w2[0].length, labels);
  }

  private void allocate(int rows, int inputs, int hidden, int classes) {
    a1 = new double[rows][hidden];
    z1 = new double[rows][hidden];
    a2 = new double[rows][classes];
    y = new double[rows][classes];
    w1 = new double[inputs][hidden];
    w2 = new double[hidden][classes];
    z1Transposed = new double[hidden][rows];
    a2Transposed = new double[classes][rows];
  }
}
