package mnistmlp.gradient.fast;

import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;

/**
 * One share of the batch for a fast numerical gradient: each image taken through its forward pass
 * once, then through every nudge that can change its loss.
 *
 * <ol>
 *   <li>W1[i][j] ± h moves a1_j by ±h·x_i, so each distinct pixel value v gets one row of loss
 *       changes F_j(h·v), and each non-zero pixel adds its value's row to row i of the W1 sums (a
 *       zero pixel cannot see W1[i][·]: it adds nothing, exactly as in the naive method);
 *   <li>b1[j] ± h moves a1_j by ±h, like a pixel of value 1;
 *   <li>W2[j][k] ± h moves logit k by ±h·z_j, and b2[k] ± h moves it by ±h.
 * </ol>
 *
 * How each F is obtained is the {@link LossChanges} given. Nothing here allocates once constructed.
 */
final class BatchSlice {
  private final ImageForward image;
  private final LossChanges changes;
  /** Loss changes by distinct pixel value (rows) and hidden unit (columns). */
  private final double[][] table;
  private final double[] biasRow;
  /**
   * This share's sums for W1, one array per row: rows added as whole arrays from index 0 are what
   * Java 17's JIT vectorises (not the same loop at two offsets of flat arrays).
   */
  private final double[][] w1Sums;

  BatchSlice(ImageForward image, LossChanges changes) {
    this.image = image;
    this.changes = changes;
    table = new double[image.inputs][image.hidden];
    biasRow = new double[image.hidden];
    w1Sums = new double[image.inputs][image.hidden];
  }

  boolean fits(int inputs, int hidden, int classes) {
    return image.fits(inputs, hidden, classes);
  }

  LossChanges changes() {
    return changes;
  }

  /**
   * Sets this share's sums to Σ_n ℓ_n(θ + h) − ℓ_n(θ − h) over images {@code from..to} of the
   * batch (inputs x, labels t, forward pass already run): W1's kept here ({@link #addW1SumsTo}), the others added to {@code sums} (modified);
   * {@code weights} are only read. The caller divides by 2h·N.
   */
  void accumulate(ForwardPass pass, SparseRows x, int[] t, int from, int to, Weights weights, double h, Parameters sums) {
    int hidden = image.hidden;
    int classes = image.classes;
    for (double[] row : w1Sums) {
      java.util.Arrays.fill(row, 0.0);
    }
    double[] b1Sums = sums.b1().data();
    double[] w2Sums = sums.w2().data();
    double[] b2Sums = sums.b2().data();
    changes.startBatch(weights, h);
    for (int n = from; n < to; n++) {
      image.load(pass, x, n, t[n]);
      changes.startImage(image, h * Math.max(1.0, image.largestPixel()));

      for (int u = 0; u < image.distinctValues.count(); u++) {
        changes.hiddenUnits(h * image.distinctValues.value(u), table[u], 0);
      }
      for (int p = 0; p < image.nonZero; p++) {
        addRow(w1Sums[image.pixelIndex[p]], table[image.pixelSlot[p]], hidden);
      }
      changes.hiddenUnits(h, biasRow, 0);
      addRow(b1Sums, biasRow, hidden);

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
      double[] row = w1Sums[i];
      for (int l = 0; l < hidden; l++) {
        total[i * hidden + l] += row[l];
      }
    }
  }

  /** dst[0..n) += src[0..n) (dst modified). */
  private static void addRow(double[] dst, double[] src, int n) {
    for (int l = 0; l < n; l++) {
      dst[l] += src[l];
    }
  }
}
