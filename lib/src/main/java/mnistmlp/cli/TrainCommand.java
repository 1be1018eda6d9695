package mnistmlp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import mnistmlp.data.Dataset;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.Examples;
import mnistmlp.training.History;
import mnistmlp.training.SgdTrainer;
import mnistmlp.training.TrainingConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: the book's mini-batch SGD on MNIST, with a progress bar and a history. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the network by mini-batch SGD.",
      "Each iteration takes a random batch, a gradient by the chosen method,",
      "and the step theta <- theta - lr * g. Progress goes to stderr; the last",
      "line of stdout is the final train and test accuracy."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;
  @Mixin DataOption data;

  @Option(names = "--gradient", defaultValue = "backprop", paramLabel = "METHOD",
      description = "naive, fast (both numerical) or backprop (default: ${DEFAULT-VALUE}).")
  String gradient;

  @ArgGroup(exclusive = true)
  Length length = new Length();

  static final class Length {
    @Option(names = "--iters", paramLabel = "N", description = "Number of iterations.")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "E", description = "Number of epochs of max(train size / batch size, 1) iterations (default: 1).")
    Integer epochs;
  }

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100", description = "Images per batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--lr", paramLabel = "LR", defaultValue = "0.1", description = "Learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--hidden", paramLabel = "N", defaultValue = "50", description = "Hidden units (default: ${DEFAULT-VALUE}).")
  int hidden;

  @Option(names = "--init", defaultValue = "book", paramLabel = "book|randn",
      description = "book: 0.01 randn weights, zero biases; randn: standard normal everywhere, as the notes (default: ${DEFAULT-VALUE}).")
  String init;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for the parameters and the batches (default: a random one, printed).")
  Long seed;

  @Option(names = "--history", paramLabel = "H.csv", description = "Write the loss of every iteration and the accuracies of every epoch.")
  Path history;

  @Option(names = "--save", paramLabel = "P.npz", description = "Write the trained parameters (W1, b1, W2, b2).")
  Path save;

  @Override
  public Integer call() throws Exception {
    GradientMethod method = Options.gradientMethod(spec, "--gradient", gradient, mnistmlp.gradient.NaiveNumericalGradient.DEFAULT_H);
    Initialization initialization = Options.initialization(spec, init);
    Options.atLeast(spec, "--batch-size", 1, batchSize);
    Options.atLeast(spec, "--hidden", 1, hidden);
    Options.positive(spec, "--lr", learningRate);
    if (length.iterations != null) {
      Options.atLeast(spec, "--iters", 0, length.iterations);
    }
    if (length.epochs != null) {
      Options.atLeast(spec, "--epochs", 0, length.epochs);
    }

    Dataset dataset = data.load();
    Examples train = Examples.of(dataset.train());
    Examples test = Examples.of(dataset.test());
    long runSeed = seed != null ? seed : new Random().nextLong();
    Random seeds = new Random(runSeed); // one seed for the start, another for the batches
    TwoLayerNet net = TwoLayerNet.create(ImageSet.PIXELS, hidden, 10, initialization, seeds.nextLong());
    TrainingConfig config = config(train.size(), seeds.nextLong());

    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "training %d-%d-10 (%s init, seed %d) by %s: %d iterations of %d images, lr %s%n",
        ImageSet.PIXELS, hidden, initialization.name().toLowerCase(Locale.ROOT), runSeed, method.name(),
        config.iterations(), batchSize, learningRate);
    err.flush();
    ProgressBar progress = ProgressBar.forStderr(err, config.iterations());
    History result = new SgdTrainer(method, config, progress).train(net, train, test);
    progress.closeLine();

    if (history != null) {
      result.writeCsv(history);
    }
    if (save != null) {
      ParameterFiles.write(save, net.params());
    }
    EpochRecord last = result.lastEpoch().orElseGet(
        () -> new EpochRecord(0, 0, Accuracy.of(net, train), Accuracy.of(net, test), 0));
    spec.commandLine().getOut().printf(Locale.ROOT, "train accuracy %.4f, test accuracy %.4f%n",
        last.trainAccuracy(), last.testAccuracy());
    return 0;
  }

  private TrainingConfig config(int trainSize, long batchSeed) {
    if (length.iterations != null) {
      return new TrainingConfig(length.iterations, batchSize, learningRate, batchSeed);
    }
    int epochs = length.epochs != null ? length.epochs : 1;
    return TrainingConfig.forEpochs(epochs, trainSize, batchSize, learningRate, batchSeed);
  }
}
