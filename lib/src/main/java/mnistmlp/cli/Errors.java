package mnistmlp.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's rule for failures: a usage error exits 2 (picocli's default); a runtime error prints
 * one line naming the problem and exits 1, with the stack trace only under {@code --verbose}.
 * Install it with {@code commandLine.setExecutionExceptionHandler(new Errors())}.
 */
public final class Errors implements IExecutionExceptionHandler {
  public static final int RUNTIME_ERROR = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("error: " + oneLine(e));
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return RUNTIME_ERROR;
  }

  /** The exception's message on one line (the class name when there is no message). */
  public static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
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
