package mnistmlp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mnist-mlp} command line: one subcommand per step of the lesson. */
@Command(
    name = "mnist-mlp",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "A two-layer perceptron for MNIST, trained with numerical gradients and backpropagation.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DataCommand.class,
      LossCommand.class,
      GradientCommand.class,
      SeedRunCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
    })
public final class Main implements Runnable {
  static final String VERSION = "mnist-mlp 0.1.0";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command; see --help");
  }

  /** The command line with the project's error handling, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    return ErrorHandling.install(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true));
  }

  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = commandLine().execute(args);
    } catch (OutOfMemoryError e) { // the heap is free again once the command has unwound
      System.err.println("mnist-mlp: " + ErrorHandling.OUT_OF_MEMORY);
      exitCode = ErrorHandling.RUNTIME_ERROR;
    }
    System.exit(exitCode);
  }
}
