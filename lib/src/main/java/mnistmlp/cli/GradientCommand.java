package mnistmlp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gradient}: ∂loss/∂θ for every parameter, by the chosen method, written as an .npz. */
@Command(
    name = "gradient",
    mixinStandardHelpOptions = true,
    description = "Compute the gradient of the batch loss and write it under the keys W1, b1, W2, b2.")
final class GradientCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Mixin NetworkInputs inputs;

  @Option(names = "--method", required = true, paramLabel = "METHOD",
      description = "naive (the notes' central differences), fast (the same differences, from the cached forward pass) or backprop.")
  String method;

  @Option(names = "--h", defaultValue = "1e-4", paramLabel = "H", description = "Finite-difference step of the numerical methods (default: ${DEFAULT-VALUE}).")
  double h;

  @Option(names = "--out", required = true, paramLabel = "G.npz", description = "Where to write the gradients.")
  Path out;

  @Override
  public Integer call() throws Exception {
    GradientMethod gradientMethod = Options.gradientMethod(spec, "--method", method, h);
    NetworkInputs.Loaded in = inputs.read();
    long start = System.nanoTime();
    Parameters gradient = gradientMethod.gradient(in.net(), in.batch());
    double seconds = (System.nanoTime() - start) / 1e9;
    ParameterFiles.write(out, gradient);
    spec.commandLine().getOut().printf("wrote %s (%s gradient of %d parameters, %.3f s)%n",
        out, gradientMethod.name(), gradient.count(), seconds);
    return 0;
  }
}
