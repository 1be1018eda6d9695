package mnistmlp.training;

import mnistmlp.network.SparseRows;

/**
 * A labelled data set held as its inputs' non-zero entries ({@link SparseRows}): read once from
 * the {@link Examples}, so that the training loop then draws its batches and measures its
 * accuracies without converting pixels again.
 */
record SparseExamples(SparseRows rows, int[] labels) {
  int size() {
    return labels.length;
  }

  /** Sets {@code x} and {@code t} (both modified) to the examples at {@code indices}. */
  void batch(int[] indices, SparseRows x, int[] t) {
    x.setToRowsOf(rows, indices);
    for (int i = 0; i < indices.length; i++) {
      t[i] = labels[indices[i]];
    }
  }
}
