package mnistmlp.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's rule for failures. A usage error (unknown option, bad value) prints its
 * message and a hint, and exits 2. A runtime error (missing file, malformed array, wrong shape)
 * prints one line, {@code mnist-mlp loss: P.npz, key 'W2': missing key (…)}, and exits 1; the
 * stack trace only with {@code --verbose}.
 */
public final class ErrorHandling implements IExecutionExceptionHandler, IParameterExceptionHandler {
  public static final int RUNTIME_ERROR = 1;
  public static final int USAGE_ERROR = 2;

  /** Installs both handlers on a command line. */
  public static CommandLine install(CommandLine commandLine) {
    ErrorHandling handler = new ErrorHandling();
    return commandLine.setExecutionExceptionHandler(handler).setParameterExceptionHandler(handler);
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + (ranOutOfMemory(e) ? OUT_OF_MEMORY : describe(e)));
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return RUNTIME_ERROR;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE_ERROR;
  }

  /** What to say when the heap runs out, in {@link Main#main} or in a worker thread. */
  static final String OUT_OF_MEMORY = "out of memory (a heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
      + " MB): use smaller sizes (--batch-size, --hidden, the arrays in the files), or give Java more with -Xmx,"
      + " e.g. java -Xmx4g -jar mnist-mlp.jar ...";

  /** True when an {@link OutOfMemoryError} is the exception or one of its causes (a worker thread wraps it). */
  private static boolean ranOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** One line that names the problem; file-system errors get the file and what is wrong with it. */
  static String describe(Throwable e) {
    if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    String line;
    if (e instanceof NoSuchFileException f) {
      line = f.getFile() + ": no such file";
    } else if (e instanceof AccessDeniedException f) {
      line = f.getFile() + ": permission denied";
    } else if (e instanceof FileSystemException f) {
      line = f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
    } else if (e.getMessage() == null || e.getMessage().isBlank()) {
      line = e.getClass().getSimpleName();
    } else if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)
        && !e.getClass().getPackageName().startsWith("mnistmlp")) {
      line = e.getClass().getSimpleName() + ": " + e.getMessage(); // an unexpected failure: say which kind
    } else {
      line = e.getMessage();
    }
    return line.replace('\n', ' ');
  }

  /** True when {@code --verbose} was given to any command on the path. */
  static boolean verbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
