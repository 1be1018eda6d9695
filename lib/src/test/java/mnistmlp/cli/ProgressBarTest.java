package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.IterationRecord;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void intoAFileItWritesALineEveryTenthOfTheRun() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), 100, false);
    for (int i = 1; i <= 100; i++) {
      bar.onIteration(new IterationRecord(i, 1.0 / i, i * 0.5));
    }
    bar.onEpoch(new EpochRecord(100, 1.0, 0.91234, 0.9, 50));

    assertThat(text.toString().lines()).hasSize(12);
    assertThat(text.toString().lines().skip(1).findFirst()).hasValue(
        "[##......................] 10/100  10.0% loss 0.1000 ETA 45s");
    assertThat(text.toString()).endsWith("epoch 1: train accuracy 0.9123, test accuracy 0.9000 (50.0 s)" + System.lineSeparator());
    assertThat(text.toString()).doesNotContain("\r");
  }

  @Test
  void onATerminalItRedrawsOneLine() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), 3, true);
    for (int i = 1; i <= 3; i++) {
      bar.onIteration(new IterationRecord(i, 0.5, i));
    }
    bar.closeLine();
    assertThat(text.toString()).startsWith("\r[").contains("3/3 100.0%").endsWith(System.lineSeparator());
    assertThat(text.toString().chars().filter(c -> c == '\n').count()).isEqualTo(1); // one line, redrawn
  }

  @Test
  void durationsReadLikeAClock() {
    assertThat(ProgressBar.duration(5.4)).isEqualTo("5s");
    assertThat(ProgressBar.duration(125)).isEqualTo("2m05s");
    assertThat(ProgressBar.duration(7322)).isEqualTo("2h02m");
  }
}
