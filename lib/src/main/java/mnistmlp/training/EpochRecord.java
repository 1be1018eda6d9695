package mnistmlp.training;

/** The accuracies after an epoch; {@code epoch} (iterations / iterations per epoch) is fractional mid-epoch. */
public record EpochRecord(int iteration, double epoch, double trainAccuracy, double testAccuracy, double elapsedSeconds) {}
