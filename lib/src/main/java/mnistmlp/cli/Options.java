package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.Gradients;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options several commands share, as picocli mixins; {@link Main} checks their values. */
final class Options {
  private Options() {}

  /** {@code --data mnist|fashion|DIR}; with --verbose the details of the load (failed mirrors) go to stderr. */
  static final class Data {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--data", defaultValue = "mnist", paramLabel = "mnist|fashion|DIR",
        description = "The images: mnist, fashion, or a directory with the four IDX files (default: ${DEFAULT-VALUE}).")
    String data;

    Dataset load() {
      return load(DataSources.fromEnvironment());
    }

    /** The data package refuses a part without images, naming its file. */
    Dataset load(DataSources sources) {
      boolean verbose = Main.verbose(command.root().commandLine().getParseResult());
      return Datasets.fromOption(data, verbose ? sources.withOutput(sources.out(), command.commandLine().getErr()) : sources);
    }
  }

  /** {@code --method NAME}; each command gives its default: {@code @Mixin Method method = new Method("naive")}. */
  static final class Method {
    @Option(names = "--method", paramLabel = "METHOD",
        description = "How to compute the gradient: " + Gradients.HELP + " (default: ${DEFAULT-VALUE}).")
    String name;

    Method(String defaultName) {
      name = defaultName;
    }

    /** The method, with finite-difference step {@code h} for the numerical ones. */
    GradientMethod method(double h) {
      return Gradients.byName(name, h);
    }
  }

  /** What train and seed-run share; each gives its defaults: {@code new Sgd(100, 0.1)}. */
  static final class Sgd {
    @Option(names = "--batch-size", paramLabel = "N",
        description = "Images per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--lr", paramLabel = "LR", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random numbers (default: a random one).")
    Long seed;

    Sgd(int batchSize, double learningRate) {
      this.batchSize = batchSize;
      this.learningRate = learningRate;
    }

    long seedOrRandom() {
      return seed != null ? seed : new Random().nextLong();
    }
  }

  static final class Init {
    @Option(names = "--init", defaultValue = "book", paramLabel = "book|randn",
        description = "book: 0.01 randn weights, zero biases; randn: standard normal everywhere, as the notes"
            + " (default: ${DEFAULT-VALUE}).")
    Initialization initialization;
  }

  static final class Params {
    @Option(names = "--params", required = true, paramLabel = "P.npz", description = "W1, b1, W2, b2 (biases (n,) or (1, n)).")
    Path file;

    Parameters read() throws IOException {
      return NpzFiles.readParameters(file);
    }
  }

  /** {@code --params P.npz --batch B.npz}, read into a network and a batch checked to fit each other. */
  static final class Inputs {
    @Mixin Params params;

    @Option(names = "--batch", required = true, paramLabel = "B.npz", description = "x float (n, 784) and t: labels (n,) or one-hot (n, 10).")
    Path batchFile;

    record Loaded(TwoLayerNet net, Batch batch) {}

    Loaded read() throws IOException {
      Parameters p = params.read();
      Batch batch = NpzFiles.readBatch(batchFile);
      if (batch.x().cols() != p.inputSize()) {
        throw new IllegalArgumentException(batchFile + ", key 'x': shape " + batch.x().shape()
            + " does not fit W1 " + p.w1().shape() + " of " + params.file);
      }
      for (int i = 0; i < batch.size(); i++) {
        if (batch.t()[i] >= p.outputSize()) {
          throw new IllegalArgumentException(batchFile + ", key 't': label " + batch.t()[i] + " at row " + i
              + " is not one of the " + p.outputSize() + " classes of " + params.file);
        }
      }
      return new Loaded(new TwoLayerNet(p), batch);
    }
  }
}
