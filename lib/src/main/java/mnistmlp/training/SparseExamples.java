package mnistmlp.training;

import java.util.List;
import java.util.stream.IntStream;
import mnistmlp.network.SparseRows;

/**
 * A labelled data set held as its inputs' non-zero entries ({@link SparseRows}): read once from
 * the {@link Examples}, in chunks on all cores, so that the training loop then draws its batches
 * and measures its accuracies without converting pixels again.
 */
record SparseExamples(SparseRows rows, int[] labels) {
  private static final int CHUNK = 1000;

  static SparseExamples of(Examples examples) {
    int size = examples.size();
    List<SparseExamples> chunks = IntStream.range(0, (size + CHUNK - 1) / CHUNK).parallel()
        .mapToObj(c -> examples.batch(c * CHUNK, Math.min((c + 1) * CHUNK, size)))
        .map(b -> new SparseExamples(SparseRows.of(b.x()), b.t())).toList();
    SparseRows rows = new SparseRows(chunks.isEmpty() ? 0 : chunks.get(0).rows().cols());
    int[] labels = new int[size];
    for (SparseExamples chunk : chunks) {
      System.arraycopy(chunk.labels(), 0, labels, rows.rows(), chunk.size());
      rows.append(chunk.rows());
    }
    return new SparseExamples(rows, labels);
  }

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
