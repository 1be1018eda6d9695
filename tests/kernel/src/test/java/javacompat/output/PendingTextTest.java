package javacompat.output;

import static javacompat.output.StreamSink.Stream.STDERR;
import static javacompat.output.StreamSink.Stream.STDOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingTextTest {

  private static void write(PendingText pending, StreamSink.Stream stream, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    pending.append(stream, null, bytes, 0, bytes.length);
  }

  @Test
  void consecutiveWritesToOneStreamJoinOneRun() {
    PendingText pending = new PendingText();
    write(pending, STDOUT, "a\n");
    write(pending, STDOUT, "b\n");
    write(pending, STDERR, "c\n");
    write(pending, STDOUT, "d\n");
    assertEquals(List.of(new PendingText.Run(STDOUT, null, "a\nb\n"), new PendingText.Run(STDERR, null, "c\n"),
        new PendingText.Run(STDOUT, null, "d\n")), pending.take());
    assertTrue(pending.isEmpty());
  }

  @Test
  void textOfDifferentOwnersNeverJoins() {
    PendingText pending = new PendingText();
    byte[] a = "a".getBytes(StandardCharsets.UTF_8);
    byte[] b = "b".getBytes(StandardCharsets.UTF_8);
    pending.append(STDOUT, "cell 1", a, 0, 1);
    pending.append(STDOUT, "cell 2", b, 0, 1);
    pending.append(STDOUT, "cell 2", b, 0, 1);
    assertEquals(List.of(new PendingText.Run(STDOUT, "cell 1", "a"), new PendingText.Run(STDOUT, "cell 2", "bb")),
        pending.take());
  }

  @Test
  void beyondTheCapTextJoinsItsStreamsLastRunInItsOwnOrder() {
    PendingText pending = new PendingText();
    for (int i = 0; i < 100; i++) {
      write(pending, i % 2 == 0 ? STDOUT : STDERR, i + "\n");
    }
    List<PendingText.Run> runs = pending.take();
    assertEquals(PendingText.MAX_RUNS, runs.size());
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    runs.forEach(run -> (run.stream() == STDOUT ? out : err).append(run.text()));
    StringBuilder expectedOut = new StringBuilder();
    StringBuilder expectedErr = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      (i % 2 == 0 ? expectedOut : expectedErr).append(i).append('\n');
    }
    assertEquals(expectedOut.toString(), out.toString());
    assertEquals(expectedErr.toString(), err.toString());
  }

  @Test
  void aCharacterSplitBetweenWritesWaitsForItsLastByte() {
    byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8); // four bytes
    PendingText pending = new PendingText();
    pending.append(STDOUT, null, emoji, 0, 2);
    write(pending, STDERR, "e");
    assertEquals(List.of(new PendingText.Run(STDERR, null, "e")), pending.take());
    pending.append(STDOUT, null, emoji, 2, 2);
    assertEquals(List.of(new PendingText.Run(STDOUT, null, "😀")), pending.take());
  }

  @Test
  void completeCharactersEndStopsBeforeAnUnfinishedSequence() {
    byte[] text = "aé€😀".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
    assertEquals(text.length, PendingText.completeCharactersEnd(text));
    for (int cut = 7; cut < 10; cut++) {
      assertEquals(6, PendingText.completeCharactersEnd(Arrays.copyOf(text, cut)), "cut at " + cut);
    }
    assertEquals(3, PendingText.completeCharactersEnd(Arrays.copyOf(text, 5)));
    assertEquals(0, PendingText.completeCharactersEnd(new byte[0]));
  }
}
