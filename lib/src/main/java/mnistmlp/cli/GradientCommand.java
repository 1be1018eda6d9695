package mnistmlp.cli;

import java.nio.file.Path;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gradient}: ∂loss/∂θ for every parameter, by the chosen method, written as an .npz. */
@Command(
    name = "gradient",
    description = "Compute the gradient of the batch loss and write it under the keys W1, b1, W2, b2.")
final class GradientCommand extends Subcommand {
  @Mixin NetworkInputs inputs;
  @Mixin MethodOption method = new MethodOption("backprop");
  @Mixin StepOption step;

  @Option(names = "--out", required = true, paramLabel = "G.npz", converter = OutputPath.class, description = "Where to write the gradients.")
  Path out;

  @Override
  public Integer call() throws Exception {
    GradientMethod gradientMethod = method.method(step.h);
    NetworkInputs.Loaded in = inputs.read();
    long start = System.nanoTime();
    Parameters gradient = gradientMethod.gradient(in.net(), in.batch());
    double seconds = (System.nanoTime() - start) / 1e9;
    ParameterFiles.write(out, gradient);
    out().printf("wrote %s (%s gradient of %d parameters, %.3f s)%n",
        out, gradientMethod.name(), gradient.count(), seconds);
    return 0;
  }
}
