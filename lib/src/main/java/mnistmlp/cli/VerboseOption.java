package mnistmlp.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, mixed into each command; {@link ErrorHandling} and {@link DataOption} look for it in the parse result. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Show details (such as failed mirrors) and the stack trace of an error.")
  boolean verbose;
}
