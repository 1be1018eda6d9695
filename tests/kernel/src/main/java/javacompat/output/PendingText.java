package javacompat.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes written to stdout and stderr that have not been sent yet, kept in the order they were
 * written: consecutive writes to the same stream join one run, so a flood of small prints
 * becomes a few large messages. Not thread-safe; {@link CoalescingOutput} guards it.
 */
final class PendingText {

  /** One run of text on one stream, as sent in one message. */
  record Run(StreamSink.Stream stream, String text) {}

  private final List<StreamSink.Stream> streams = new ArrayList<>();
  private final List<ByteArrayOutputStream> bytes = new ArrayList<>();

  boolean isEmpty() {
    return streams.isEmpty();
  }

  void append(StreamSink.Stream stream, byte[] data, int offset, int length) {
    int last = streams.size() - 1;
    if (last < 0 || streams.get(last) != stream) {
      streams.add(stream);
      bytes.add(new ByteArrayOutputStream(Math.max(256, length)));
      last++;
    }
    bytes.get(last).write(data, offset, length);
  }

  /**
   * Takes every complete run. A character whose UTF-8 bytes were split between two writes
   * (PrintStream encodes long strings in 8 KB pieces) stays behind until its last byte arrives.
   */
  List<Run> take() {
    List<Run> runs = new ArrayList<>(streams.size());
    byte[] held = new byte[0];
    StreamSink.Stream heldStream = null;
    for (int i = 0; i < streams.size(); i++) {
      byte[] run = bytes.get(i).toByteArray();
      int end = i == streams.size() - 1 ? completeCharactersEnd(run) : run.length;
      if (end > 0) {
        runs.add(new Run(streams.get(i), new String(run, 0, end, StandardCharsets.UTF_8)));
      }
      if (end < run.length) {
        held = Arrays.copyOfRange(run, end, run.length);
        heldStream = streams.get(i);
      }
    }
    streams.clear();
    bytes.clear();
    if (heldStream != null) {
      append(heldStream, held, 0, held.length);
    }
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
