package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.Locale;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.IterationRecord;
import mnistmlp.training.TrainingListener;

/**
 * Training progress on stderr: iterations done, percent, the last batch loss and the time left.
 * On a terminal it is one line redrawn with {@code \r}; into a file or a pipe it is a line every
 * tenth of the run, so logs stay short.
 */
final class ProgressBar implements TrainingListener {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean interactive;
  private long lastDraw = Long.MIN_VALUE;
  private int lastReportedTenth = 0;
  private boolean lineOpen;

  ProgressBar(PrintWriter err, int total, boolean interactive) {
    this.err = err;
    this.total = total;
    this.interactive = interactive;
  }

  /** Interactive when the JVM has a console, i.e. it runs in a terminal. */
  static ProgressBar forStderr(PrintWriter err, int total) {
    return new ProgressBar(err, total, System.console() != null);
  }

  @Override
  public void onIteration(IterationRecord r) {
    if (interactive) {
      long now = System.nanoTime();
      if (now - lastDraw >= REDRAW_NANOS || r.iteration() == total) {
        lastDraw = now;
        err.print("\r" + line(r));
        err.flush();
        lineOpen = true;
      }
    } else {
      int tenth = (int) (10L * r.iteration() / Math.max(total, 1));
      if (tenth > lastReportedTenth || r.iteration() == 1) {
        lastReportedTenth = tenth;
        err.println(line(r));
        err.flush();
      }
    }
  }

  @Override
  public void onEpoch(EpochRecord e) {
    closeLine();
    err.println(String.format(Locale.ROOT, "epoch %s: train accuracy %.4f, test accuracy %.4f (%.1f s)",
        formatEpoch(e.epoch()), e.trainAccuracy(), e.testAccuracy(), e.elapsedSeconds()));
    err.flush();
  }

  /** Ends the redrawn line, so that what follows starts on a fresh one. */
  void closeLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  String line(IterationRecord r) {
    double fraction = total == 0 ? 1 : (double) r.iteration() / total;
    int filled = (int) Math.round(fraction * WIDTH);
    double eta = r.iteration() == 0 ? 0 : r.elapsedSeconds() / r.iteration() * (total - r.iteration());
    return String.format(Locale.ROOT, "[%s%s] %d/%d %5.1f%% loss %.4f ETA %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), r.iteration(), total, 100 * fraction, r.loss(), duration(eta));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
    }
    return (s / 3600) + "h" + String.format("%02d", s % 3600 / 60) + "m";
  }

  private static String formatEpoch(double epoch) {
    return epoch == Math.rint(epoch) ? Long.toString((long) epoch) : String.format(Locale.ROOT, "%.2f", epoch);
  }
}
