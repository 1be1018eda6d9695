package javacompat.output;

/** Where coalesced text goes: one call per run of text on one stream for one owner. */
public interface StreamSink {

  enum Stream { STDOUT, STDERR }

  /**
   * Whom text that the calling thread writes now belongs to (for the kernel, a cell's request),
   * or null if nobody; text of different owners is never joined.
   */
  Object ownerOfWrite();

  void send(Stream stream, Object owner, String text);
}
