package mnistmlp.training;

/**
 * The accuracies after an epoch. {@code epoch} is iterations done / iterations per epoch, so it
 * is a whole number at each epoch's end and a fraction for the final record of a run that stops
 * mid-epoch.
 */
public record EpochRecord(int iteration, double epoch, double trainAccuracy, double testAccuracy, double elapsedSeconds) {}
