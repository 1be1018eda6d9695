package javacompat.output;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * stdout and stderr for cell code, sent in batches as ipykernel does: text waits at most
 * {@link #FLUSH_DELAY_MS} before it is sent, and everything written in that time goes out as
 * one message per run of one stream (see {@link PendingText}). One message per print floods
 * ZeroMQ's send queue, which then silently drops messages (of 52 MB printed, 17 MB arrived).
 */
public final class CoalescingOutput {

  static final long FLUSH_DELAY_MS = 100;

  private final StreamSink sink;
  private final PendingText pending = new PendingText();
  /** Held while runs are sent, so two flushes can't overtake each other. */
  private final Object sending = new Object();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "java-compat-output");
    thread.setDaemon(true);
    return thread;
  });
  private boolean flushScheduled;

  public final PrintStream out;
  public final PrintStream err;

  public CoalescingOutput(StreamSink sink) {
    this.sink = sink;
    this.out = new Unclosable(new StreamWriter(StreamSink.Stream.STDOUT));
    this.err = new Unclosable(new StreamWriter(StreamSink.Stream.STDERR));
  }

  /** Sends everything written so far, now; the caller is about to send something that must come after it. */
  public void flushNow() {
    out.flush();
    err.flush();
    synchronized (sending) {
      List<PendingText.Run> runs;
      synchronized (pending) {
        runs = pending.take();
        flushScheduled = false;
      }
      runs.forEach(run -> sink.send(run.stream(), run.owner(), run.text()));
    }
  }

  private void append(StreamSink.Stream stream, byte[] data, int offset, int length) {
    Object owner = sink.ownerOfWrite(); // asked on the writing thread
    synchronized (pending) {
      pending.append(stream, owner, data, offset, length);
      if (!flushScheduled) {
        flushScheduled = true;
        timer.schedule(this::flushNow, FLUSH_DELAY_MS, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** A closed PrintStream drops all later text; a cell's System.out.close() must not silence the kernel. */
  private static final class Unclosable extends PrintStream {
    Unclosable(OutputStream stream) {
      super(stream, false, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      flush();
    }
  }

  /** The bytes of one stream; flushing is left to the timer and {@link #flushNow}. */
  private final class StreamWriter extends OutputStream {
    private final StreamSink.Stream stream;

    StreamWriter(StreamSink.Stream stream) {
      this.stream = stream;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) {
      if (length > 0) {
        append(stream, data, offset, length);
      }
    }
  }
}
