package mnistmlp.cli;

import picocli.CommandLine.Option;

/** {@code --h}: the finite-difference step of the numerical gradient methods. */
final class StepOption {
  @Option(names = "--h", defaultValue = "1e-4", paramLabel = "H", converter = PositiveNumber.class,
      description = "Finite-difference step of the numerical methods (default: ${DEFAULT-VALUE}).")
  double h;
}
