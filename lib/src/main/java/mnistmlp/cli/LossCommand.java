package mnistmlp.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loss}: the notes' {@code neuf(para)}, the mean cross-entropy of a batch. */
@Command(
    name = "loss",
    mixinStandardHelpOptions = true,
    description = {
      "Print the mean cross-entropy of a batch.",
      "The loss is the mean over the batch of -log(y[t] + 1e-7), printed as",
      "the last line with the digits that read back as the very same double."
    })
final class LossCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Mixin NetworkInputs inputs;

  @Override
  public Integer call() throws Exception {
    NetworkInputs.Loaded in = inputs.read();
    spec.commandLine().getOut().println(Double.toString(in.net().loss(in.batch())));
    return 0;
  }
}
