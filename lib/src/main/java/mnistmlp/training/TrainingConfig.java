package mnistmlp.training;

import mnistmlp.math.Numbers;

/** How to train; the seed of the generator that picks the batches makes a run repeatable. */
public record TrainingConfig(int iterations, int batchSize, double learningRate, long seed) {
  public TrainingConfig {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be 0 or more, got " + iterations);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
    }
    Numbers.requirePositiveFinite("the learning rate", learningRate);
  }

  /** As in the book, max(trainSize / batchSize, 1): every example once on average, as batches are drawn at random. */
  public static int iterationsPerEpoch(int trainSize, int batchSize) {
    return Math.max(trainSize / batchSize, 1);
  }
}
