package javacompat.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorReportTest {

  @Test
  void aFrameRepeatedManyTimesShowsOnceWithACount() {
    String trace = "java.lang.StackOverflowError\n" + "\tat .deeper(#3:1)\n".repeat(1000) + "\tat .(#4:1)\n";
    assertEquals("java.lang.StackOverflowError\n\tat .deeper(#3:1)\n\t... the line above repeated 999 more times\n"
        + "\tat .(#4:1)\n", ErrorReport.collapseRepeats(trace));
  }

  @Test
  void aLineShownTwiceStaysAsItIs() {
    assertEquals("a\na\nb\n", ErrorReport.collapseRepeats("a\na\nb\n"));
  }
}
