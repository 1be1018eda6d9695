package mnistmlp.training;

import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.network.TwoLayerNet;

/** The fraction of a data set the network classifies correctly. */
public final class Accuracy {
  /** Rows per forward pass: big enough to be quick, small enough not to copy all 60,000 images at once. */
  private static final int CHUNK = 1000;

  private Accuracy() {}

  /** Chunks of the data set go through the network on all cores; the counts are whole numbers, so the sum is exact. */
  public static double of(TwoLayerNet net, Examples examples) {
    int size = examples.size();
    if (size == 0) {
      return 0.0;
    }
    long correct = IntStream.range(0, (size + CHUNK - 1) / CHUNK)
        .parallel()
        .mapToLong(c -> correctIn(net, examples.batch(c * CHUNK, Math.min((c + 1) * CHUNK, size))))
        .sum();
    return (double) correct / size;
  }

  private static long correctIn(TwoLayerNet net, Batch batch) {
    int[] predicted = net.predict(batch.x());
    long correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == batch.t()[i] ? 1 : 0;
    }
    return correct;
  }
}
