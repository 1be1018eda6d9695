package mnistmlp.functions;

import java.util.Arrays;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/**
 * The cross-entropy error (交叉熵误差) of a batch: the mean over its rows of −log(y[t] + δ), where
 * y[t] is the probability the network gave the true class, and δ the guard of {@link SoftmaxCrossEntropy}.
 */
public final class CrossEntropy {
  public static final double DELTA = SoftmaxCrossEntropy.DELTA;

  private CrossEntropy() {}

  /** Labels as class indices, one per row of {@code y}. */
  public static double crossEntropyError(Matrix y, int[] t) {
    SoftmaxCrossEntropy.requireLabels(y.rows(), y.cols(), t);
    return IntStream.range(0, t.length).mapToDouble(i -> SoftmaxCrossEntropy.lossOfProbability(y.get(i, t[i])))
        .reduce(0, Double::sum) / t.length; // summed in row order, as a loop would
  }

  /**
   * Labels as one-hot rows, the book's {@code one_hot_label=True}: −Σ t·log(y + δ) / batch, which
   * for one-hot t is the loss of the class each row marks. Rows that are not one-hot are refused.
   */
  public static double crossEntropyError(Matrix y, Matrix oneHot) {
    y.requireSameShape(oneHot, "compare predictions with one-hot labels:");
    return crossEntropyError(y, labelsOf(oneHot));
  }

  /** Class indices of one-hot rows; each row must hold a single 1 and zeros elsewhere. */
  public static int[] labelsOf(Matrix oneHot) {
    int[] t = new int[oneHot.rows()];
    for (int i = 0; i < oneHot.rows(); i++) {
      double[] row = oneHot.rowCopy(i);
      long nonZero = Arrays.stream(row).filter(v -> v != 0.0).count();
      t[i] = Matrix.argmax(row, 0, row.length);
      if (nonZero == 0) {
        throw new IllegalArgumentException("row " + i + " of the one-hot labels has no 1");
      } else if (nonZero > 1 || row[t[i]] != 1.0) {
        throw new IllegalArgumentException("row " + i + " of the one-hot labels is not one-hot");
      }
    }
    return t;
  }
}
