package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.Locale;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.IterationRecord;
import mnistmlp.training.TrainingListener;

/**
 * Training progress on stderr: iterations done, percent, the last batch loss and the time left. On a terminal one
 * line redrawn with {@code \r} at most ten times a second; into a file or pipe, a line every tenth, so logs stay short.
 */
final class ProgressBar implements TrainingListener {
  private static final int WIDTH = 24;
  private final PrintWriter err;
  private final int total;
  private final boolean interactive;
  private long lastDraw;
  private int lastTenth;
  private boolean lineOpen;

  ProgressBar(PrintWriter err, int total, boolean interactive) {
    this.err = err;
    this.total = total;
    this.interactive = interactive;
  }

  @Override
  public void onIteration(IterationRecord r) {
    int tenth = (int) (10L * r.iteration() / Math.max(total, 1));
    if (interactive && (!lineOpen || System.nanoTime() - lastDraw >= 100_000_000L || r.iteration() == total)) {
      lastDraw = System.nanoTime();
      lineOpen = true;
      err.print("\r" + line(r));
    } else if (!interactive && (tenth > lastTenth || r.iteration() == 1)) {
      lastTenth = tenth;
      err.println(line(r));
    }
    err.flush();
  }

  @Override
  public void onEpoch(EpochRecord e) {
    closeLine();
    String epoch = e.epoch() == Math.rint(e.epoch()) ? Long.toString((long) e.epoch())
        : String.format(Locale.ROOT, "%.2f", e.epoch());
    err.printf(Locale.ROOT, "epoch %s: train accuracy %.4f, test accuracy %.4f (%.1f s)%n",
        epoch, e.trainAccuracy(), e.testAccuracy(), e.elapsedSeconds());
    err.flush();
  }

  /** Ends the redrawn line, so that what follows starts on a fresh one. */
  void closeLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  private String line(IterationRecord r) {
    double fraction = total == 0 ? 1 : (double) r.iteration() / total;
    int filled = (int) Math.round(fraction * WIDTH);
    double eta = r.iteration() == 0 ? 0 : r.elapsedSeconds() / r.iteration() * (total - r.iteration());
    return String.format(Locale.ROOT, "[%s%s] %d/%d %5.1f%% loss %.4f ETA %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), r.iteration(), total, 100 * fraction, r.loss(), duration(eta));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + "s"
        : s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
        : String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
  }
}
