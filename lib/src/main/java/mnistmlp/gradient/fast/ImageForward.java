package mnistmlp.gradient.fast;

import java.util.HashMap;
import java.util.Map;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.SparseRows;

/**
 * One image of a batch: its rows of the batch's forward pass (a1 = x·W1 + b1, z = σ(a1),
 * a2 = z·W2 + b2, y = softmax(a2)) and its label. A W1 nudge moves a1_j by h·x_i, so two pixels
 * with the same value see the same loss change: {@link #numberValues} allows one evaluation per value.
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
  /** The distinct non-zero pixel values of the image last numbered, in order of first appearance. */
  final double[] distinctValue;
  private final Map<Double, Integer> slots = new HashMap<>();

  ImageForward(int inputs, int hidden, int classes) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.classes = classes;
    distinctValue = new double[inputs];
  }

  boolean fits(int inputs, int hidden, int classes) {
    return this.inputs == inputs && this.hidden == hidden && this.classes == classes;
  }

  /** Image n's rows of the forward pass and its label. */
  void view(ForwardPass pass, int n, int label) {
    this.label = label;
    a1 = pass.a1[n];
    z = pass.z1[n];
    a2 = pass.a2[n];
    y = pass.y[n];
  }

  /** Numbers the distinct values of row n of {@code x}: {@code slot[e]} (modified) is entry e's number. */
  void numberValues(SparseRows x, int n, int[] slot) {
    slots.clear();
    for (int e = x.rowStart(n); e < x.rowStart(n + 1); e++) {
      slot[e] = slots.computeIfAbsent(x.value(e), value -> slots.size());
      distinctValue[slot[e]] = x.value(e);
    }
  }

  int distinctValues() {
    return slots.size();
  }
}
