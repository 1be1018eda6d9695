package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import mnistmlp.data.Batch;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.numpy.BatchFiles;
import mnistmlp.numpy.ParameterFiles;

/**
 * A network and a batch read from {@code P.npz} and {@code B.npz}, checked to fit each other:
 * the images must have as many pixels as W1 has rows, the labels must be classes of the output.
 */
record NetworkInputs(TwoLayerNet net, Batch batch) {

  static NetworkInputs read(Path paramsFile, Path batchFile) throws IOException {
    Parameters params = ParameterFiles.read(paramsFile);
    Batch batch = BatchFiles.read(batchFile);
    if (batch.x().cols() != params.inputSize()) {
      throw new IllegalArgumentException(batchFile + ", key 'x': shape " + batch.x().shape()
          + " does not fit W1 " + params.w1().shape() + " of " + paramsFile);
    }
    for (int i = 0; i < batch.size(); i++) {
      int label = batch.t()[i];
      if (label >= params.outputSize()) {
        throw new IllegalArgumentException(batchFile + ", key 't': label " + label + " at row " + i
            + " is not one of the " + params.outputSize() + " classes of " + paramsFile);
      }
    }
    return new NetworkInputs(new TwoLayerNet(params), batch);
  }
}
