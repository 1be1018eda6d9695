package mnistmlp.training;

import mnistmlp.math.Numbers;

/**
 * How to train: how many iterations, how many examples per batch, the learning rate, and the
 * seed of the generator that picks the batches (so that a run can be repeated exactly).
 */
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

  /** Enough iterations for {@code epochs} passes over {@code trainSize} examples. */
  public static TrainingConfig forEpochs(int epochs, int trainSize, int batchSize, double learningRate, long seed) {
    if (epochs < 0) {
      throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
    }
    return new TrainingConfig(
        Math.multiplyExact(epochs, iterationsPerEpoch(trainSize, batchSize)), batchSize, learningRate, seed);
  }

  /**
   * As in the book: an epoch is as many iterations as it takes, on average, to see every example
   * once, max(trainSize / batchSize, 1). Batches are drawn at random, so it is not an exact pass.
   */
  public static int iterationsPerEpoch(int trainSize, int batchSize) {
    return Math.max(trainSize / batchSize, 1);
  }
}
