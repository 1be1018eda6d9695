package mnistmlp.cli;

import java.nio.file.Path;
import java.util.Locale;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The commands on given parameters: {@code loss}, {@code gradient} and {@code evaluate}. */
final class NetworkCommands {
  private NetworkCommands() {}

  /** The notes' {@code neuf(para)}. */
  @Command(name = "loss", description = {
    "Print the mean cross-entropy of a batch.",
    "The loss is the mean over the batch of -log(y[t] + 1e-7), printed as",
    "the last line with the digits that read back as the very same double."
  })
  static final class Loss extends Main.Subcommand {
    @Mixin Options.Inputs inputs;

    @Override
    public Integer call() throws Exception {
      Options.Inputs.Loaded in = inputs.read();
      out().println(Double.toString(in.net().loss(in.batch())));
      return 0;
    }
  }

  @Command(name = "gradient",
      description = "Compute the gradient of the batch loss and write it under the keys W1, b1, W2, b2.")
  static final class Gradient extends Main.Subcommand {
    @Mixin Options.Inputs inputs;
    @Mixin Options.Method method = new Options.Method("backprop");

    @Option(names = "--h", defaultValue = "1e-4", paramLabel = "H",
        description = "Finite-difference step of the numerical methods (default: ${DEFAULT-VALUE}).")
    double h;

    @Option(names = "--out", required = true, paramLabel = "G.npz",
        description = "Where to write the gradients.")
    Path out;

    @Override
    public Integer call() throws Exception {
      GradientMethod gradientMethod = method.method(h);
      Options.Inputs.Loaded in = inputs.read();
      long start = System.nanoTime();
      Parameters gradient = gradientMethod.gradient(in.net(), in.batch());
      double seconds = (System.nanoTime() - start) / 1e9;
      NpzFiles.writeParameters(out, gradient);
      out().printf("wrote %s (%s gradient of %d parameters, %.3f s)%n", out, gradientMethod.name(), gradient.count(), seconds);
      return 0;
    }
  }

  @Command(name = "evaluate", description = "Print the test accuracy of saved parameters as the last line.")
  static final class Evaluate extends Main.Subcommand {
    @Mixin Options.Data data;
    @Mixin Options.Params params;

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
      out().printf(Locale.ROOT, "test accuracy %.4f%n", Accuracy.of(new TwoLayerNet(p), test));
      return 0;
    }
  }
}
