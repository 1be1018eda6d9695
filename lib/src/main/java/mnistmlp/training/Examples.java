package mnistmlp.training;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;
import mnistmlp.network.SparseRows;

/**
 * A labelled data set as training sees it: {@link #size} examples handed out as batches by index,
 * from an in-memory batch or a whole MNIST image set alike. The training loop reads them all once
 * more, by their inputs' non-zero entries ({@link SparseExamples}).
 */
public final class Examples {
  private final int size;
  private final Function<int[], Batch> fetch;
  private final Supplier<SparseExamples> nonZero;

  private Examples(int size, Function<int[], Batch> fetch, Supplier<SparseExamples> nonZero) {
    this.size = size;
    this.fetch = fetch;
    this.nonZero = nonZero;
  }

  /**
   * An MNIST image set: batches come out normalised to [0, 1], as the notes load them. The
   * non-zero entries are read from the pixel bytes themselves, without a float batch between.
   */
  public static Examples of(ImageSet images) {
    return new Examples(images.size(), images::batch, () -> new SparseExamples(
        SparseRows.ofUnsignedBytes(images.pixels(), ImageSet.PIXELS, 255.0), images.labels(0, images.size())));
  }

  /** Examples held in memory as one batch. */
  public static Examples of(Batch all) {
    int cols = all.x().cols();
    return new Examples(all.size(), indices -> {
      Matrix x = Matrix.zeros(indices.length, cols);
      int[] t = new int[indices.length];
      for (int i = 0; i < indices.length; i++) {
        System.arraycopy(all.x().data(), indices[i] * cols, x.data(), i * cols, cols);
        t[i] = all.t()[indices[i]];
      }
      return new Batch(x, t);
    }, () -> new SparseExamples(SparseRows.of(all.x()), all.t().clone()));
  }

  public int size() {
    return size;
  }

  /** The examples at these indices, in this order (an index may repeat). */
  public Batch batch(int[] indices) {
    return fetch.apply(indices);
  }

  public Batch batch(int from, int to) {
    return batch(IntStream.range(from, to).toArray());
  }

  /** All examples by their inputs' non-zero entries, read afresh. */
  SparseExamples nonZero() {
    return nonZero.get();
  }
}
