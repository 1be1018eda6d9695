package mnistmlp.training;

import mnistmlp.network.TwoLayerNet;

/** The fraction of a data set the network classifies correctly. */
public final class Accuracy {
  /** Rows per forward pass: big enough to be quick, small enough not to copy all 60,000 images at once. */
  private static final int CHUNK = 1000;

  private Accuracy() {}

  public static double of(TwoLayerNet net, Examples examples) {
    if (examples.size() == 0) {
      return 0.0;
    }
    long correct = 0;
    for (int from = 0; from < examples.size(); from += CHUNK) {
      var batch = examples.batch(from, Math.min(from + CHUNK, examples.size()));
      int[] predicted = net.predict(batch.x());
      for (int i = 0; i < predicted.length; i++) {
        correct += predicted[i] == batch.t()[i] ? 1 : 0;
      }
    }
    return (double) correct / examples.size();
  }
}
