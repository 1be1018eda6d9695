package mnistmlp.training;

import java.util.function.Function;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.math.Matrix;

/**
 * A labelled data set as training sees it: a size, and batches by index. Anything that can hand
 * out batches fits, an in-memory batch or a whole MNIST image set alike.
 */
public interface Examples {
  int size();

  /** The examples at these indices, in this order (an index may repeat). */
  Batch batch(int[] indices);

  /** The examples {@code from} (inclusive) to {@code to} (exclusive). */
  default Batch batch(int from, int to) {
    return batch(IntStream.range(from, to).toArray());
  }

  /** An MNIST image set: batches come out normalised to [0, 1], as the notes load them. */
  static Examples of(ImageSet images) {
    return new Fetched(images.size(), images::batch);
  }

  /** Examples held in memory as one batch. */
  static Examples of(Batch all) {
    int cols = all.x().cols();
    return new Fetched(all.size(), indices -> {
      Matrix x = Matrix.zeros(indices.length, cols);
      int[] t = new int[indices.length];
      for (int i = 0; i < indices.length; i++) {
        System.arraycopy(all.x().data(), indices[i] * cols, x.data(), i * cols, cols);
        t[i] = all.t()[indices[i]];
      }
      return new Batch(x, t);
    });
  }

  /** {@code size} examples that {@code fetch} hands out by index. */
  record Fetched(int size, Function<int[], Batch> fetch) implements Examples {
    @Override
    public Batch batch(int[] indices) {
      return fetch.apply(indices);
    }
  }
}
