package mnistmlp.cli;

import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.Gradients;
import mnistmlp.network.Initialization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks shared by the commands; a bad value is a usage error (exit 2) naming the option. */
final class Options {
  private Options() {}

  /** The gradient method named by {@code option}, with step {@code h} for the numerical ones. */
  static GradientMethod gradientMethod(CommandSpec spec, String option, String name, double h) {
    positive(spec, "--h", h);
    try {
      return Gradients.byName(name, h);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
  }

  /** {@code --init}: book or randn. */
  static Initialization initialization(CommandSpec spec, String name) {
    try {
      return Initialization.byName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--init': " + e.getMessage());
    }
  }

  static double positive(CommandSpec spec, String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': must be a positive number, got " + value);
    }
    return value;
  }

  static int atLeast(CommandSpec spec, String option, int minimum, int value) {
    if (value < minimum) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': must be at least " + minimum + ", got " + value);
    }
    return value;
  }
}
