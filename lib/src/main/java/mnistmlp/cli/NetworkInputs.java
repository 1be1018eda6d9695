package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import mnistmlp.data.Batch;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --params P.npz --batch B.npz} pair that {@code loss} and {@code gradient} share, and
 * reading them into a network and a batch checked to fit each other: the images must have as many
 * pixels as W1 has rows, the labels must be classes of the output.
 */
final class NetworkInputs {
  @Mixin ParamsOption paramsOption;

  @Option(names = "--batch", required = true, paramLabel = "B.npz", description = "x float (n, 784) and t: labels (n,) or one-hot (n, 10).")
  Path batchFile;

  /** What the two files hold. */
  record Loaded(TwoLayerNet net, Batch batch) {}

  Loaded read() throws IOException {
    Parameters params = paramsOption.read();
    Batch batch = BatchFiles.read(batchFile);
    if (batch.x().cols() != params.inputSize()) {
      throw new IllegalArgumentException(batchFile + ", key 'x': shape " + batch.x().shape()
          + " does not fit W1 " + params.w1().shape() + " of " + paramsOption.file);
    }
    for (int i = 0; i < batch.size(); i++) {
      int label = batch.t()[i];
      if (label >= params.outputSize()) {
        throw new IllegalArgumentException(batchFile + ", key 't': label " + label + " at row " + i
            + " is not one of the " + params.outputSize() + " classes of " + paramsOption.file);
      }
    }
    return new Loaded(new TwoLayerNet(params), batch);
  }
}
