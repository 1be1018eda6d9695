package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * {@code stop_on_error}, as ipykernel does it: when a cell fails (an error or an interrupt),
 * the execute requests already waiting on the shell channel are answered "aborted" instead of
 * run. Run All in a notebook queues every cell at once; without this, stopping one cell runs
 * the rest against missing state. Other requests in the queue are handled as usual.
 */
final class QueuedRequestAborter {

  private final JupyterConnection connection;

  QueuedRequestAborter(JupyterConnection connection) {
    this.connection = connection;
  }

  /**
   * The requests waiting on the failed request's shell channel, in order. Runs on that channel's
   * own thread (inside its handler), the only thread that may read its socket.
   */
  List<Message<?>> takeQueued(ShellReplyEnvironment failed) {
    List<Message<?>> queued = new ArrayList<>();
    if (failed.getShell() instanceof ShellChannel shell) {
      while (hasWaitingMessage(shell)) {
        Message<?> request = shell.readMessage();
        if (request == null) {
          break; // the socket was closed
        }
        queued.add(request);
      }
    }
    return queued;
  }

  /** Answers {@code queued} execute requests "aborted" and handles the others, in order. */
  void abort(ShellReplyEnvironment failed, List<Message<?>> queued) {
    for (Message<?> request : queued) {
      ShellChannel shell = (ShellChannel) failed.getShell();
      ShellReplyEnvironment env = connection.prepareReplyEnv(shell, request);
      try {
        answer(env, request);
      } finally {
        env.resolveDeferrals();
      }
      if (env.isMarkedForShutdown()) {
        connection.close();
        return;
      }
    }
  }

  private static boolean hasWaitingMessage(JupyterSocket socket) {
    return (socket.getEvents() & ZMQ.Poller.POLLIN) != 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void answer(ShellReplyEnvironment env, Message request) {
    MessageType<?> type = request.getHeader().getType();
    if (type == MessageType.EXECUTE_REQUEST) {
      env.setBusyDeferIdle();
      env.reply(new ProtocolReplies.AbortedExecute());
      return;
    }
    ShellHandler handler = connection.getHandler(type);
    if (handler != null) {
      try {
        handler.handle(env, request);
      } catch (Exception e) {
        throw new IllegalStateException("handling a queued " + type.getName() + " failed", e);
      }
    }
  }
}
