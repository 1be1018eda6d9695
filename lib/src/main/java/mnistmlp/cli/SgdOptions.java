package mnistmlp.cli;

import java.util.Random;
import picocli.CommandLine.Option;

/**
 * What {@code train} and {@code seed-run} share: the batch size, the learning rate and the seed.
 * Each command passes its own defaults: {@code @Mixin SgdOptions sgd = new SgdOptions(100, 0.1)}.
 */
final class SgdOptions {
  @Option(names = "--batch-size", paramLabel = "N", converter = IntRange.BatchSize.class,
      description = "Images per batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--lr", paramLabel = "LR", converter = PositiveNumber.class, description = "Learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the random numbers (default: a random one).")
  Long seed;

  SgdOptions(int batchSize, double learningRate) {
    this.batchSize = batchSize;
    this.learningRate = learningRate;
  }

  /** The seed given, or a fresh random one (printed by {@code train}, so a run can be repeated). */
  long seedOrRandom() {
    return seed != null ? seed : new Random().nextLong();
  }
}
