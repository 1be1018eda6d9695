package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import javacompat.runtime.CurrentKernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the kernel: {@code java -jar java-compat-kernel.jar <connection-file>}. */
public final class KernelMain {

  private KernelMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java -jar java-compat-kernel.jar <connection-file.json>");
      System.exit(2);
    }
    Path connectionFile = Path.of(args[0]);
    if (!Files.isRegularFile(connectionFile)) {
      System.err.println("java-compat kernel: connection file '" + connectionFile + "' is not a file");
      System.exit(2);
    }
    quietLogging();

    // Build and warm up JShell completely before binding the sockets: a warm-up running
    // concurrently with the first request was seen to break JShell.
    JavaCompatKernel kernel = new JavaCompatKernel();
    kernel.warmUp();
    CurrentKernel.set(kernel);
    CellExitGuard exitGuard = CellExitGuard.install();
    kernel.takeOverStandardStreams();

    KernelConnectionProperties properties =
        KernelConnectionProperties.parse(Files.readString(connectionFile));
    JupyterConnection connection = new JupyterConnection(properties);
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();

    CurrentKernel.set(null);
    if (exitGuard != null) {
      exitGuard.disarm();
    }
    System.exit(0);
  }

  /** The base kernel logs every socket loop at INFO; keep the kernel log for real problems. */
  private static void quietLogging() {
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    for (Handler handler : root.getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
  }
}
