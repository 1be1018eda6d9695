package mnistmlp.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mnistmlp.io.AtomicFiles;

/** What a training run recorded: the loss of every iteration and the accuracies of every epoch. */
public record History(List<IterationRecord> iterations, List<EpochRecord> epochs) {
  public History {
    iterations = List.copyOf(iterations);
    epochs = List.copyOf(epochs);
  }

  public double[] losses() {
    return iterations.stream().mapToDouble(IterationRecord::loss).toArray();
  }

  public Optional<EpochRecord> lastEpoch() {
    return epochs.stream().reduce((earlier, later) -> later);
  }

  /**
   * Writes one row per iteration atomically, the epoch columns only where they were measured; numbers
   * in full ({@link Double#toString} is exact and locale-free), so nothing is lost.
   */
  public void writeCsv(Path file) throws IOException {
    StringBuilder csv = new StringBuilder("iteration,loss,elapsed_seconds,epoch,train_accuracy,test_accuracy\n");
    int e = 0;
    for (IterationRecord r : iterations) {
      csv.append(r.iteration()).append(',').append(r.loss()).append(',').append(r.elapsedSeconds()).append(',');
      if (e < epochs.size() && epochs.get(e).iteration() == r.iteration()) {
        EpochRecord epoch = epochs.get(e++);
        csv.append(epoch.epoch()).append(',').append(epoch.trainAccuracy()).append(',').append(epoch.testAccuracy());
      } else {
        csv.append(",,");
      }
      csv.append('\n');
    }
    AtomicFiles.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
