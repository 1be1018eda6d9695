package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;

/**
 * One share of the batch for the incremental gradient: each image taken through its forward pass
 * once, then through every nudge that can change its loss, each loss evaluated.
 *
 * <ol>
 *   <li>W1[i][j] ± h moves a1_j by ±h·x_i, so each distinct pixel value v gets one row of loss
 *       changes F_j(h·v), and each non-zero pixel adds its value's row to row i of the W1 sums (a
 *       zero pixel cannot see W1[i][·]: it adds nothing, exactly as in the naive method);
 *   <li>b1[j] ± h moves a1_j by ±h, like a pixel of value 1;
 *   <li>W2[j][k] ± h moves logit k by ±h·z_j, and b2[k] ± h moves it by ±h.
 * </ol>
 */
final class BatchSlice {
  private final ImageForward image;
  private final EvaluatedLossChanges changes;
  /** Loss changes by distinct pixel value (rows) and hidden unit (columns). */
  private final double[][] table;
  private final double[] biasRow;
  /** This share's sums for W1, one array per row: whole rows from index 0 are what the JIT vectorises. */
  private final double[][] w1Sums;

  BatchSlice(int inputs, int hidden, int classes) {
    image = new ImageForward(inputs, hidden, classes);
    changes = new EvaluatedLossChanges(classes);
    table = new double[inputs][hidden];
    biasRow = new double[hidden];
    w1Sums = new double[inputs][hidden];
  }

  boolean fits(int inputs, int hidden, int classes) {
    return image.fits(inputs, hidden, classes);
  }

  /**
   * Sets this share's sums to Σ_n ℓ_n(θ + h) − ℓ_n(θ − h) over images {@code from..to} of the
   * batch (inputs x, labels t, forward pass already run): W1's kept here ({@link #addW1SumsTo}),
   * the others added to {@code sums} (modified). The caller divides by 2h·N.
   */
  void accumulate(ForwardPass pass, SparseRows x, int[] t, int from, int to, Weights weights, double h, Parameters sums) {
    int hidden = image.hidden;
    int classes = image.classes;
    for (double[] row : w1Sums) {
      Arrays.fill(row, 0.0);
    }
    double[] b1Sums = sums.b1().data();
    double[] w2Sums = sums.w2().data();
    double[] b2Sums = sums.b2().data();
    changes.startBatch(weights, h);
    for (int n = from; n < to; n++) {
      image.load(pass, x, n, t[n]);
      changes.startImage(image);
      for (int u = 0; u < image.distinctValues(); u++) {
        changes.hiddenUnits(h * image.distinctValue[u], table[u], 0);
      }
      for (int p = 0; p < image.nonZero; p++) {
        addRow(w1Sums[image.pixelIndex[p]], table[image.pixelSlot[p]]);
      }
      changes.hiddenUnits(h, biasRow, 0);
      addRow(b1Sums, biasRow);
      for (int j = 0; j < hidden; j++) {
        double step = h * image.z[j];
        for (int k = 0; k < classes; k++) {
          w2Sums[j * classes + k] += changes.logit(k, step);
        }
      }
      for (int k = 0; k < classes; k++) {
        b2Sums[k] += changes.logit(k, h);
      }
    }
  }

  /** total[i·hidden + l] += this share's W1 sum (i, l), for every entry (total modified). */
  void addW1SumsTo(double[] total) {
    int hidden = image.hidden;
    for (int i = 0; i < w1Sums.length; i++) {
      for (int l = 0; l < hidden; l++) {
        total[i * hidden + l] += w1Sums[i][l];
      }
    }
  }

  /** dst += src over src's length (dst modified). */
  private static void addRow(double[] dst, double[] src) {
    for (int l = 0; l < src.length; l++) {
      dst[l] += src[l];
    }
  }
}
