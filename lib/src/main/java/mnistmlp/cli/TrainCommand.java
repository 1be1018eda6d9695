package mnistmlp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import mnistmlp.data.Dataset;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.NaiveNumericalGradient;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code train}: the book's mini-batch SGD on MNIST, with a progress bar and a history. */
@Command(
    name = "train",
    description = {
      "Train the network by mini-batch SGD.",
      "Each iteration takes a random batch, a gradient by the chosen method,",
      "and the step theta <- theta - lr * g. Progress goes to stderr; the last",
      "line of stdout is the final train and test accuracy."
    })
final class TrainCommand extends Subcommand {
  @Mixin DataOption data;
  @Mixin MethodOption method = new MethodOption("backprop");
  @Mixin SgdOptions sgd = new SgdOptions(100, 0.1);

  /** The old name of {@code --method}, still accepted. */
  @Option(names = "--gradient", hidden = true, paramLabel = "METHOD", converter = MethodOption.Name.class)
  void gradient(String name) {
    method.name = name;
  }

  @ArgGroup(exclusive = true)
  Length length = new Length();

  static final class Length {
    @Option(names = "--iters", paramLabel = "N", converter = IntRange.Count.class, description = "Number of iterations.")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "E", converter = IntRange.Count.class,
        description = "Number of epochs of max(train size / batch size, 1) iterations (default: 1).")
    Integer epochs;
  }

  @Option(names = "--hidden", paramLabel = "N", defaultValue = "50", converter = IntRange.HiddenUnits.class,
      description = "Hidden units (default: ${DEFAULT-VALUE}).")
  int hidden;

  @Mixin InitOption init;

  @Option(names = "--history", paramLabel = "H.csv", converter = OutputPath.class,
      description = "Write the loss of every iteration and the accuracies of every epoch.")
  Path history;

  @Option(names = "--save", paramLabel = "P.npz", converter = OutputPath.class, description = "Write the trained parameters (W1, b1, W2, b2).")
  Path save;

  @Override
  public Integer call() throws Exception {
    GradientMethod gradient = method.method(NaiveNumericalGradient.DEFAULT_H);
    Dataset dataset = data.load();
    Examples train = Examples.of(dataset.train());
    Examples test = Examples.of(dataset.test());
    long runSeed = sgd.seedOrRandom();
    Random seeds = new Random(runSeed); // one seed for the start, another for the batches
    TwoLayerNet net = TwoLayerNet.create(ImageSet.PIXELS, hidden, 10, init.initialization, seeds.nextLong());
    TrainingConfig config = config(train.size(), seeds.nextLong());

    PrintWriter err = err();
    err.printf(Locale.ROOT, "training %d-%d-10 (%s init, seed %d) by %s: %d iterations of %d images, lr %s%n",
        ImageSet.PIXELS, hidden, init.initialization.name().toLowerCase(Locale.ROOT), runSeed, gradient.name(),
        config.iterations(), sgd.batchSize, sgd.learningRate);
    err.flush();
    ProgressBar progress = ProgressBar.forStderr(err, config.iterations());
    History result = new SgdTrainer(gradient, config, progress).train(net, train, test);
    progress.closeLine();

    if (history != null) {
      result.writeCsv(history);
    }
    if (save != null) {
      ParameterFiles.write(save, net.params());
    }
    EpochRecord last = result.lastEpoch().orElseGet(
        () -> new EpochRecord(0, 0, Accuracy.of(net, train), Accuracy.of(net, test), 0));
    out().printf(Locale.ROOT, "train accuracy %.4f, test accuracy %.4f%n",
        last.trainAccuracy(), last.testAccuracy());
    return 0;
  }

  /** The run's length; epochs are turned into iterations here, once the training set's size is known. */
  private TrainingConfig config(int trainSize, long batchSeed) {
    if (length.iterations != null) {
      return new TrainingConfig(length.iterations, sgd.batchSize, sgd.learningRate, batchSeed);
    }
    int epochs = length.epochs != null ? length.epochs : 1;
    int perEpoch = TrainingConfig.iterationsPerEpoch(trainSize, sgd.batchSize);
    if ((long) epochs * perEpoch > IntRange.Count.MAX) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--epochs': " + epochs + " epochs of "
          + perEpoch + " iterations are more than " + IntRange.Count.MAX + " iterations");
    }
    return TrainingConfig.forEpochs(epochs, trainSize, sgd.batchSize, sgd.learningRate, batchSeed);
  }
}
