package mnistmlp.training;

/**
 * The accuracies after an epoch. {@code epoch} is iterations done / iterations per epoch: a whole
 * number at each epoch's end, a fraction for the last record of a run that stops mid-epoch.
 */
public record EpochRecord(int iteration, double epoch, double trainAccuracy, double testAccuracy, double elapsedSeconds) {}
