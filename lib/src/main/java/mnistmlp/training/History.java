package mnistmlp.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mnistmlp.io.AtomicFiles;

/** What a training run recorded: the loss of every iteration and the accuracies of every epoch. */
public final class History {
  private final List<IterationRecord> iterations = new ArrayList<>();
  private final List<EpochRecord> epochs = new ArrayList<>();

  void add(IterationRecord record) {
    iterations.add(record);
  }

  void add(EpochRecord record) {
    epochs.add(record);
  }

  public List<IterationRecord> iterations() {
    return Collections.unmodifiableList(iterations);
  }

  public List<EpochRecord> epochs() {
    return Collections.unmodifiableList(epochs);
  }

  /** The losses alone, in order: what a loss curve plots. */
  public double[] losses() {
    return iterations.stream().mapToDouble(IterationRecord::loss).toArray();
  }

  /** The last accuracies recorded, if any. */
  public Optional<EpochRecord> lastEpoch() {
    return epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.get(epochs.size() - 1));
  }

  /**
   * One row per iteration: {@code iteration,loss,elapsed_seconds,epoch,train_accuracy,test_accuracy},
   * the last three filled only on rows where the accuracies were measured. Numbers are written
   * with full precision, so reading the file back loses nothing.
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("iteration,loss,elapsed_seconds,epoch,train_accuracy,test_accuracy\n");
    int e = 0;
    for (IterationRecord r : iterations) {
      csv.append(r.iteration()).append(',').append(r.loss()).append(',').append(r.elapsedSeconds());
      if (e < epochs.size() && epochs.get(e).iteration() == r.iteration()) {
        EpochRecord epoch = epochs.get(e++);
        csv.append(',').append(String.format(Locale.ROOT, "%s,%s,%s", epoch.epoch(), epoch.trainAccuracy(), epoch.testAccuracy()));
      } else {
        csv.append(",,,");
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /** Writes {@link #toCsv()} to a file, atomically. */
  public void writeCsv(Path file) throws IOException {
    AtomicFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
  }
}
