package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import javacompat.output.StreamSink;

import java.io.PrintStream;

/**
 * Sends stream text to the front end as output of the cell that runs now or, once it has
 * finished, of the last cell that ran: a thread a cell started may go on printing after the
 * cell's reply, and that text still reaches IOPub under that cell's request. Before the
 * first cell, text goes to the kernel's own stdout/stderr (its log).
 */
final class CellStreamSink implements StreamSink {

  /** The socket and request of the latest cell; replaced together, read together. */
  private record Target(JupyterSocket iopub, MessageContext request) {}

  private final PrintStream logOut;
  private final PrintStream logErr;
  private volatile Target target;

  CellStreamSink(PrintStream logOut, PrintStream logErr) {
    this.logOut = logOut;
    this.logErr = logErr;
  }

  /** Makes the request being handled in {@code env} the owner of all text from now on. */
  void follow(ShellReplyEnvironment env) {
    target = new Target(env.getIopub(), env.getContext());
  }

  @Override
  public void send(Stream stream, String text) {
    Target current = target;
    if (current == null) {
      (stream == Stream.STDOUT ? logOut : logErr).print(text);
      return;
    }
    PublishStream.StreamType type =
        stream == Stream.STDOUT ? PublishStream.StreamType.OUT : PublishStream.StreamType.ERR;
    // Straight to the socket (its send is synchronized), not through env.publish: the shell
    // thread may be deferring its own messages on that env at this very moment.
    current.iopub().sendMessage(new Message<>(current.request(), PublishStream.MESSAGE_TYPE, new PublishStream(type, text)));
  }
}
