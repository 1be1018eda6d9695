package mnistmlp.gradient.fast;

import java.util.Arrays;
import mnistmlp.functions.Sigmoid;

/**
 * One image's forward pass, kept: a1 = x·W1 + b1, z = σ(a1), a2 = z·W2 + b2, y = softmax(a2), with
 * the image's non-zero pixels and the number of each pixel's distinct value. A W1 nudge moves a1_j
 * by h·x_i, so two pixels with the same value see the same loss change: one evaluation per value.
 *
 * <p>It allocates nothing once constructed; {@link #load} overwrites the previous image.
 */
final class ImageForward {
  final int inputs;
  final int hidden;
  final int classes;
  final double[] a1;
  final double[] z;
  final double[] a2;
  final double[] y;
  int label;

  /** The non-zero pixels: where they are, their values, and which distinct value each has. */
  final int[] pixelIndex;
  final double[] pixelValue;
  final int[] pixelSlot;
  int nonZero;
  final DistinctValues distinctValues;

  ImageForward(int inputs, int hidden, int classes) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.classes = classes;
    a1 = new double[hidden];
    z = new double[hidden];
    a2 = new double[classes];
    y = new double[classes];
    pixelIndex = new int[inputs];
    pixelValue = new double[inputs];
    pixelSlot = new int[inputs];
    distinctValues = new DistinctValues(inputs);
  }

  boolean fits(int inputs, int hidden, int classes) {
    return this.inputs == inputs && this.hidden == hidden && this.classes == classes;
  }

  /** Runs row {@code n} of {@code x} through the network whose arrays are given. */
  void load(double[] x, int n, int label, Weights weights) {
    this.label = label;
    readPixels(x, n * inputs);
    // a1 = x·W1 + b1 over the non-zero pixels only: a zero pixel adds nothing.
    Arrays.fill(a1, 0.0);
    for (int p = 0; p < nonZero; p++) {
      double v = pixelValue[p];
      int row = pixelIndex[p] * hidden;
      for (int j = 0; j < hidden; j++) {
        a1[j] += v * weights.w1()[row + j];
      }
    }
    Arrays.fill(a2, 0.0);
    for (int j = 0; j < hidden; j++) {
      a1[j] += weights.b1()[j];
      z[j] = Sigmoid.sigmoid(a1[j]);
      int row = j * classes;
      for (int k = 0; k < classes; k++) {
        a2[k] += z[j] * weights.w2()[row + k];
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      a2[k] += weights.b2()[k];
      max = Math.max(max, a2[k]);
    }
    // y = softmax(a2), shifted by the largest logit like Softmax, written here to allocate nothing
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      y[k] = Math.exp(a2[k] - max);
      sum += y[k];
    }
    for (int k = 0; k < classes; k++) {
      y[k] /= sum;
    }
  }

  /** Collects the non-zero pixels and numbers their distinct values. */
  private void readPixels(double[] x, int offset) {
    int count = 0;
    for (int i = 0; i < inputs; i++) {
      // Written without a branch: whether a pixel is zero is too random for branch prediction.
      double v = x[offset + i];
      pixelIndex[count] = i;
      pixelValue[count] = v;
      count += isNotZero(v);
    }
    nonZero = count;
    distinctValues.clear();
    for (int p = 0; p < nonZero; p++) {
      pixelSlot[p] = distinctValues.slotOf(pixelValue[p]);
    }
  }

  /**
   * 1 if v ≠ 0 (NaN included), 0 for +0 and −0, as v != 0.0 says, by arithmetic on the bits
   * alone, so that the JIT cannot turn it into a branch.
   */
  static int isNotZero(double v) {
    long magnitude = Double.doubleToRawLongBits(v) & Long.MAX_VALUE;
    return (int) ((magnitude | -magnitude) >>> 63);
  }

  /** The largest |x_i|: a W1 nudge moves a1 by at most h times this. */
  double largestPixel() {
    double largest = 0;
    for (int p = 0; p < nonZero; p++) {
      largest = Math.max(largest, Math.abs(pixelValue[p]));
    }
    return largest;
  }
}
