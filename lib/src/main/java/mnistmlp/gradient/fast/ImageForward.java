package mnistmlp.gradient.fast;

import mnistmlp.network.ForwardPass;
import mnistmlp.network.SparseRows;

/**
 * One image of a batch: its rows of the batch's forward pass (a1 = x·W1 + b1, z = σ(a1),
 * a2 = z·W2 + b2, y = softmax(a2)), its non-zero pixels and the number of each pixel's distinct
 * value. A W1 nudge moves a1_j by h·x_i, so two pixels with the same value see the same loss
 * change: one evaluation per value.
 *
 * <p>It allocates nothing once constructed; {@link #load} overwrites the previous image.
 */
final class ImageForward {
  final int inputs;
  final int hidden;
  final int classes;
  double[] a1;
  double[] z;
  double[] a2;
  double[] y;
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
    pixelIndex = new int[inputs];
    pixelValue = new double[inputs];
    pixelSlot = new int[inputs];
    distinctValues = new DistinctValues(inputs);
  }

  boolean fits(int inputs, int hidden, int classes) {
    return this.inputs == inputs && this.hidden == hidden && this.classes == classes;
  }

  /** Image n of the batch whose inputs are {@code x} and whose forward pass is {@code pass}. */
  void load(ForwardPass pass, SparseRows x, int n, int label) {
    this.label = label;
    a1 = pass.a1[n];
    z = pass.z1[n];
    a2 = pass.a2[n];
    y = pass.y[n];
    nonZero = 0;
    distinctValues.clear();
    for (int e = x.rowStart(n); e < x.rowStart(n + 1); e++) {
      pixelIndex[nonZero] = x.column(e);
      pixelValue[nonZero] = x.value(e);
      pixelSlot[nonZero++] = distinctValues.slotOf(x.value(e));
    }
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
