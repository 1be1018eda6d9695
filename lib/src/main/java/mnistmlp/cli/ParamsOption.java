package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import mnistmlp.network.Parameters;
import picocli.CommandLine.Option;

/** {@code --params P.npz}: saved parameters, for the commands that use a trained or given network. */
final class ParamsOption {
  @Option(names = "--params", required = true, paramLabel = "P.npz", description = "W1, b1, W2, b2 (biases (n,) or (1, n)).")
  Path file;

  Parameters read() throws IOException {
    return ParameterFiles.read(file);
  }
}
