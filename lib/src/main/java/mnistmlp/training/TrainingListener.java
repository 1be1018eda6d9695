package mnistmlp.training;

/** Told about training as it happens, e.g. to draw a progress bar or a live loss curve. */
public interface TrainingListener {
  default void onIteration(IterationRecord record) {}

  default void onEpoch(EpochRecord record) {}

  TrainingListener NONE = new TrainingListener() {};
}
