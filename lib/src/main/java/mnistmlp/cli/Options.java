package mnistmlp.cli;

import mnistmlp.network.Initialization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks that {@code bench} still makes by hand; the other commands declare them on their options
 * ({@link IntRange}, {@link PositiveNumber}, picocli's enum conversion for {@code --init}).
 */
final class Options {
  private Options() {}

  /** {@code --init}: book or randn. */
  static Initialization initialization(CommandSpec spec, String name) {
    try {
      return Initialization.byName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--init': " + e.getMessage());
    }
  }

  static int atLeast(CommandSpec spec, String option, int minimum, int value) {
    if (value < minimum) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': must be at least " + minimum + ", got " + value);
    }
    return value;
  }
}
