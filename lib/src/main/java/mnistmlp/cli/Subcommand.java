package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command of {@code mnist-mlp} has: --help, --version, --verbose and its own output streams. */
@Command(mixinStandardHelpOptions = true, version = Main.VERSION)
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  /** Where results go: the last line of stdout is what scripts read. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where progress and notes go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
