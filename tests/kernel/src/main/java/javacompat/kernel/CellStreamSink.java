package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import javacompat.output.StreamSink;

import java.io.PrintStream;

/**
 * Sends stream text to the front end as output of a cell. While a cell runs, all text is its
 * output. Between cells, text from a thread goes to the cell whose code started that thread
 * (the cell it printed for, which a front end may still be showing), or else to the last cell
 * that ran. Before the first cell, text goes to the kernel's own stdout/stderr (its log).
 */
final class CellStreamSink implements StreamSink {

  /** A cell's request and the socket its output goes to. */
  private record Cell(JupyterSocket iopub, MessageContext request) {}

  private final PrintStream logOut;
  private final PrintStream logErr;
  /** Threads started by cell code inherit the cell from the thread that ran that code. */
  private final InheritableThreadLocal<Cell> startedBy = new InheritableThreadLocal<>();
  private volatile Cell latest;
  private volatile boolean cellRunning;

  CellStreamSink(PrintStream logOut, PrintStream logErr) {
    this.logOut = logOut;
    this.logErr = logErr;
  }

  /** The request handled in {@code env} is running: all text is its output until it ends. */
  void cellStarts(ShellReplyEnvironment env) {
    latest = new Cell(env.getIopub(), env.getContext());
    cellRunning = true;
  }

  void cellEnds() {
    cellRunning = false;
  }

  /** Called on the thread about to run cell code, so the threads that code starts know their cell. */
  void runningCellCode() {
    startedBy.set(latest);
  }

  @Override
  public Object ownerOfWrite() {
    Cell starter = startedBy.get();
    return cellRunning || starter == null ? latest : starter;
  }

  @Override
  public void send(Stream stream, Object owner, String text) {
    if (!(owner instanceof Cell)) {
      (stream == Stream.STDOUT ? logOut : logErr).print(text);
      return;
    }
    Cell cell = (Cell) owner;
    PublishStream.StreamType type =
        stream == Stream.STDOUT ? PublishStream.StreamType.OUT : PublishStream.StreamType.ERR;
    // Straight to the socket (its send is synchronized), not through env.publish: the shell
    // thread may be deferring its own messages on that env at this very moment.
    cell.iopub().sendMessage(new Message<>(cell.request(), PublishStream.MESSAGE_TYPE, new PublishStream(type, text)));
  }
}
