package mnistmlp.training;

import java.util.Arrays;
import mnistmlp.network.SparseRows;

/** A labelled data set as its inputs' non-zero entries: read once, so batches and accuracies convert no pixels. */
record SparseExamples(SparseRows rows, int[] labels) {
  int size() {
    return labels.length;
  }

  /** Sets {@code x} and {@code t} (both modified) to the examples at {@code indices}. */
  void batch(int[] indices, SparseRows x, int[] t) {
    x.setToRowsOf(rows, indices);
    Arrays.setAll(t, i -> labels[indices[i]]);
  }
}
