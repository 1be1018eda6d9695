package mnistmlp.training;

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
    int[] indices = new int[to - from];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = from + i;
    }
    return batch(indices);
  }

  /** An MNIST image set: batches come out normalised to [0, 1], as the notes load them. */
  static Examples of(ImageSet images) {
    return new Examples() {
      @Override
      public int size() {
        return images.size();
      }

      @Override
      public Batch batch(int[] indices) {
        return images.batch(indices);
      }

      @Override
      public Batch batch(int from, int to) {
        return images.batch(from, to);
      }
    };
  }

  /** Examples held in memory as one batch. */
  static Examples of(Batch all) {
    return new Examples() {
      @Override
      public int size() {
        return all.size();
      }

      @Override
      public Batch batch(int[] indices) {
        Matrix x = Matrix.zeros(indices.length, all.x().cols());
        int[] t = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
          System.arraycopy(all.x().data(), indices[i] * x.cols(), x.data(), i * x.cols(), x.cols());
          t[i] = all.t()[indices[i]];
        }
        return new Batch(x, t);
      }
    };
  }
}
