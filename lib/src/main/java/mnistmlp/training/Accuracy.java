package mnistmlp.training;

import mnistmlp.network.ForwardPass;
import mnistmlp.network.TwoLayerNet;

/** The fraction of a data set the network classifies correctly. */
public final class Accuracy {
  /** Rows per forward pass: big enough to be quick, small enough to keep the pass's arrays small. */
  private static final int CHUNK = 2000;

  private Accuracy() {}

  /** The examples are read once into their non-zero entries; the counts are whole numbers, so the sum is exact. */
  public static double of(TwoLayerNet net, Examples examples) {
    return of(net, examples.nonZero(), new ForwardPass());
  }

  /** The same for examples already read, through {@code pass} (its arrays reused); 0 for none. */
  static double of(TwoLayerNet net, SparseExamples examples, ForwardPass pass) {
    int size = examples.size();
    long correct = 0;
    for (int first = 0; first < size; first += CHUNK) {
      int count = Math.min(CHUNK, size - first);
      correct += pass.run(net.params(), examples.rows(), first, count).correct(examples.labels(), first);
    }
    return size == 0 ? 0.0 : (double) correct / size;
  }
}
