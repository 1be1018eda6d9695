package javacompat.output;

/** Where coalesced text goes: one call per run of text on one stream. */
public interface StreamSink {

  enum Stream { STDOUT, STDERR }

  void send(Stream stream, String text);
}
