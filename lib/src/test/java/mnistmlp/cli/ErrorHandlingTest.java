package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlingTest {

  @Command(name = "work")
  static final class FailingWorker implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a gradient worker failed", new OutOfMemoryError("Java heap space"));
    }
  }

  @Test
  void runningOutOfMemoryInAWorkerThreadIsTheSameOneLine() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine().addSubcommand(new FailingWorker());
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute("work")).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString().lines()).containsExactly("mnist-mlp work: " + Main.OUT_OF_MEMORY);
  }
}
