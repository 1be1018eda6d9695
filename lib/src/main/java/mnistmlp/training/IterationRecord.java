package mnistmlp.training;

/** One SGD step: its number (from 1), the batch loss after the update, and the seconds so far. */
public record IterationRecord(int iteration, double loss, double elapsedSeconds) {}
