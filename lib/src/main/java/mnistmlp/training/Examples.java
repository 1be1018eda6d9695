package mnistmlp.training;

import java.util.function.Function;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;

/**
 * A labelled data set as training sees it: {@code size} examples that {@code fetch} hands out as
 * batches by index, from an in-memory batch or a whole MNIST image set alike.
 */
public record Examples(int size, Function<int[], Batch> fetch) {

  /** An MNIST image set: batches come out normalised to [0, 1], as the notes load them. */
  public static Examples of(ImageSet images) {
    return new Examples(images.size(), images::batch);
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
    });
  }

  /** The examples at these indices, in this order (an index may repeat). */
  public Batch batch(int[] indices) {
    return fetch.apply(indices);
  }

  public Batch batch(int from, int to) {
    return batch(IntStream.range(from, to).toArray());
  }
}
