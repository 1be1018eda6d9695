package mnistmlp.training;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;
import mnistmlp.network.SparseRows;

/** A labelled data set handed out as batches by index, from an in-memory batch or an MNIST image set alike. */
public final class Examples {
  private final int size;
  private final Function<int[], Batch> fetch;
  private final Supplier<SparseExamples> nonZero;

  private Examples(int size, Function<int[], Batch> fetch, Supplier<SparseExamples> nonZero) {
    this.size = size;
    this.fetch = fetch;
    this.nonZero = nonZero;
  }

  /** An MNIST image set, normalised to [0, 1] as the notes load it; the non-zero entries come from the bytes. */
  public static Examples of(ImageSet images) {
    return new Examples(images.size(), images::batch, () -> new SparseExamples(
        SparseRows.ofUnsignedBytes(images.pixels(), ImageSet.PIXELS, 255.0), images.labels(0, images.size())));
  }

  public static Examples of(Batch all) {
    int cols = all.x().cols();
    return new Examples(all.size(), indices -> {
      Matrix x = Matrix.zeros(indices.length, cols);
      for (int i = 0; i < indices.length; i++) {
        System.arraycopy(all.x().data(), indices[i] * cols, x.data(), i * cols, cols);
      }
      return new Batch(x, Arrays.stream(indices).map(i -> all.t()[i]).toArray());
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
