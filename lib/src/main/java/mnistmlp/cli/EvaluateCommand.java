package mnistmlp.cli;

import java.util.Locale;
import mnistmlp.data.ImageSet;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code evaluate}: how many test images some parameters classify correctly. */
@Command(
    name = "evaluate",
    description = "Print the test accuracy of saved parameters as the last line.")
final class EvaluateCommand extends Subcommand {
  @Mixin DataOption data;
  @Mixin ParamsOption params;

  @Override
  public Integer call() throws Exception {
    Parameters p = params.read();
    Examples test = Examples.of(data.load().test());
    if (p.inputSize() != ImageSet.PIXELS) {
      throw new IllegalArgumentException(params.file + ", key 'W1': shape " + p.w1().shape()
          + " does not fit images of " + ImageSet.PIXELS + " pixels");
    }
    if (p.outputSize() != 10) {
      throw new IllegalArgumentException(params.file + ", key 'W2': shape " + p.w2().shape() + ", expected 10 classes");
    }
    double accuracy = Accuracy.of(new TwoLayerNet(p), test);
    out().printf(Locale.ROOT, "test accuracy %.4f%n", accuracy);
    return 0;
  }
}
