package javacompat.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes written to stdout and stderr that have not been sent yet, kept in the order they were
 * written: consecutive writes to the same stream (for the same owner) join one run, so a flood
 * of small prints becomes a few large messages. A batch holds at most {@link #MAX_RUNS} runs:
 * beyond that, text joins the last run of its stream and owner, so prints that alternate
 * between stdout and stderr can't flood the front end either (each stream still keeps its own
 * order, as in ipykernel). Not thread-safe; {@link CoalescingOutput} guards it.
 */
final class PendingText {

  static final int MAX_RUNS = 50;

  /** One run of text on one stream for one owner, as sent in one message. */
  record Run(StreamSink.Stream stream, Object owner, String text) {}

  /** What a run's text belongs to; text joins a run only with the same source. */
  private record Source(StreamSink.Stream stream, Object owner) {}

  private final List<Source> sources = new ArrayList<>();
  private final List<ByteArrayOutputStream> bytes = new ArrayList<>();

  boolean isEmpty() {
    return sources.isEmpty();
  }

  void append(StreamSink.Stream stream, Object owner, byte[] data, int offset, int length) {
    Source source = new Source(stream, owner);
    int run = sources.size() - 1;
    if (run < 0 || !sources.get(run).equals(source)) {
      run = sources.size() >= MAX_RUNS ? sources.lastIndexOf(source) : -1;
      if (run < 0) {
        sources.add(source);
        bytes.add(new ByteArrayOutputStream(Math.max(256, length)));
        run = sources.size() - 1;
      }
    }
    bytes.get(run).write(data, offset, length);
  }

  /**
   * Takes every complete run. A character whose UTF-8 bytes were split between two writes
   * (PrintStream encodes long strings in 8 KB pieces) stays behind until its last byte arrives.
   */
  List<Run> take() {
    List<Run> runs = new ArrayList<>(sources.size());
    Map<Source, byte[]> held = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      byte[] run = bytes.get(i).toByteArray();
      // Only the last run of a source can end in the middle of a character.
      int end = sources.lastIndexOf(source) == i ? completeCharactersEnd(run) : run.length;
      if (end > 0) {
        runs.add(new Run(source.stream(), source.owner(), new String(run, 0, end, StandardCharsets.UTF_8)));
      }
      if (end < run.length) {
        held.put(source, Arrays.copyOfRange(run, end, run.length));
      }
    }
    sources.clear();
    bytes.clear();
    held.forEach((source, tail) -> append(source.stream(), source.owner(), tail, 0, tail.length));
    return runs;
  }

  /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
  static int completeCharactersEnd(byte[] text) {
    int lead = text.length - 1;
    // Walk back over at most three continuation bytes (10xxxxxx) to the sequence's lead byte.
    while (lead >= 0 && text.length - lead <= 3 && (text[lead] & 0xC0) == 0x80) {
      lead--;
    }
    if (lead < 0) {
      return text.length; // no lead byte: not UTF-8 we can repair, send it as it is
    }
    int needed = sequenceLength(text[lead]);
    return lead + needed > text.length ? lead : text.length;
  }

  private static int sequenceLength(byte lead) {
    if ((lead & 0xE0) == 0xC0) {
      return 2;
    }
    if ((lead & 0xF0) == 0xE0) {
      return 3;
    }
    if ((lead & 0xF8) == 0xF0) {
      return 4;
    }
    return 1;
  }
}
