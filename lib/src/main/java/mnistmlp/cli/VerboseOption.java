package mnistmlp.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, mixed into each command; {@link ErrorHandling} looks for it in the parse result. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Show the stack trace of an error.")
  boolean verbose;
}
