package mnistmlp.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mnistmlp.data.Dataset;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: how many test images some parameters classify correctly. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Print the test accuracy of saved parameters as the last line.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;
  @Mixin DataOption data;

  @Option(names = "--params", required = true, paramLabel = "P.npz", description = "W1, b1, W2, b2 (biases (n,) or (1, n)).")
  Path params;

  @Override
  public Integer call() throws Exception {
    Parameters p = ParameterFiles.read(params);
    Dataset dataset = data.load();
    Examples test = Examples.of(dataset.test());
    int pixels = test.size() == 0 ? p.inputSize() : test.batch(0, 1).x().cols();
    if (p.inputSize() != pixels) {
      throw new IllegalArgumentException(params + ", key 'W1': shape " + p.w1().shape()
          + " does not fit images of " + pixels + " pixels");
    }
    if (p.outputSize() != 10) {
      throw new IllegalArgumentException(params + ", key 'W2': shape " + p.w2().shape() + ", expected 10 classes");
    }
    double accuracy = Accuracy.of(new TwoLayerNet(p), test);
    spec.commandLine().getOut().printf(Locale.ROOT, "test accuracy %.4f%n", accuracy);
    return 0;
  }
}
