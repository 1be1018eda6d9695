package mnistmlp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code loss}: the notes' {@code neuf(para)}, the mean cross-entropy of a batch. */
@Command(
    name = "loss",
    description = {
      "Print the mean cross-entropy of a batch.",
      "The loss is the mean over the batch of -log(y[t] + 1e-7), printed as",
      "the last line with the digits that read back as the very same double."
    })
final class LossCommand extends Subcommand {
  @Mixin NetworkInputs inputs;

  @Override
  public Integer call() throws Exception {
    NetworkInputs.Loaded in = inputs.read();
    out().println(Double.toString(in.net().loss(in.batch())));
    return 0;
  }
}
