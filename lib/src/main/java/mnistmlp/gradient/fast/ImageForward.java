package mnistmlp.gradient.fast;

import java.util.HashMap;
import java.util.Map;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.SparseRows;

/**
 * One image of a batch: its rows of the batch's forward pass (a1 = x·W1 + b1, z = σ(a1),
 * a2 = z·W2 + b2, y = softmax(a2)), and, once {@link #load}ed, its non-zero pixels, each with the
 * number of its distinct value. A W1 nudge moves a1_j by h·x_i, so two pixels with the same value
 * see the same loss change: one evaluation per value.
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

  /** The non-zero pixels: where they are and which distinct value each has, numbered 0, 1, … in order of first appearance. */
  final int[] pixelIndex;
  final int[] pixelSlot;
  int nonZero;
  final double[] distinctValue;
  private final Map<Double, Integer> slots = new HashMap<>();

  ImageForward(int inputs, int hidden, int classes) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.classes = classes;
    pixelIndex = new int[inputs];
    pixelSlot = new int[inputs];
    distinctValue = new double[inputs];
  }

  boolean fits(int inputs, int hidden, int classes) {
    return this.inputs == inputs && this.hidden == hidden && this.classes == classes;
  }

  /** Image n's rows of the forward pass and its label, without its pixels. */
  void view(ForwardPass pass, int n, int label) {
    this.label = label;
    a1 = pass.a1[n];
    z = pass.z1[n];
    a2 = pass.a2[n];
    y = pass.y[n];
  }

  /** Image n of the batch whose inputs are {@code x} and whose forward pass is {@code pass}, with its pixels. */
  void load(ForwardPass pass, SparseRows x, int n, int label) {
    view(pass, n, label);
    nonZero = 0;
    slots.clear();
    for (int e = x.rowStart(n); e < x.rowStart(n + 1); e++) {
      int slot = slots.computeIfAbsent(x.value(e), value -> slots.size());
      distinctValue[slot] = x.value(e);
      pixelIndex[nonZero] = x.column(e);
      pixelSlot[nonZero++] = slot;
    }
  }

  int distinctValues() {
    return slots.size();
  }
}
