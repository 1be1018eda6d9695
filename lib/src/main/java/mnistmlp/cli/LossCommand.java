package mnistmlp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loss}: the notes' {@code neuf(para)}, the mean cross-entropy of a batch. */
@Command(
    name = "loss",
    mixinStandardHelpOptions = true,
    description = {
      "Print the mean cross-entropy of a batch.",
      "The loss is the mean over the batch of -log(y[t] + 1e-7), printed to",
      "full double precision (%%.17g) as the last line."
    })
final class LossCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Option(names = "--params", required = true, paramLabel = "P.npz", description = "W1, b1, W2, b2 (biases (n,) or (1, n)).")
  Path params;

  @Option(names = "--batch", required = true, paramLabel = "B.npz", description = "x float (n, 784) and t: labels (n,) or one-hot (n, 10).")
  Path batch;

  @Override
  public Integer call() throws Exception {
    NetworkInputs in = NetworkInputs.read(params, batch);
    spec.commandLine().getOut().println(FullPrecision.format(in.net().loss(in.batch())));
    return 0;
  }
}
