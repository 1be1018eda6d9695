package mnistmlp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.Dataset;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.NaiveNumericalGradient;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.Examples;
import mnistmlp.training.History;
import mnistmlp.training.NotesExperiment;
import mnistmlp.training.SgdTrainer;
import mnistmlp.training.TrainingConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The commands that train on a data set: the book's {@code train} and the notes' {@code seed-run}. */
final class TrainingCommands {
  private TrainingCommands() {}

  @Command(name = "train", description = {
    "Train the network by mini-batch SGD.",
    "Each iteration takes a random batch, a gradient by the chosen method,",
    "and the step theta <- theta - lr * g. Progress goes to stderr; the last",
    "line of stdout is the final train and test accuracy."
  })
  static final class Train extends Main.Subcommand {
    @Mixin Options.Data data;
    @Mixin Options.Method method = new Options.Method("backprop");
    @Mixin Options.Sgd sgd = new Options.Sgd(100, 0.1);
    @Mixin Options.Init init;

    /** The old name of {@code --method}, still accepted. */
    @Option(names = "--gradient", hidden = true)
    void gradient(String name) {
      method.name = name;
    }

    @ArgGroup(exclusive = true)
    Length length = new Length();

    static final class Length {
      @Option(names = "--iters", paramLabel = "N", description = "Number of iterations.")
      Integer iterations;

      @Option(names = "--epochs", paramLabel = "E",
          description = "Number of epochs of max(train size / batch size, 1) iterations (default: 1).")
      Integer epochs;
    }

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "50",
        description = "Hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--history", paramLabel = "H.csv",
        description = "Write the loss of every iteration and the accuracies of every epoch.")
    Path history;

    @Option(names = "--save", paramLabel = "P.npz",
        description = "Write the trained parameters (W1, b1, W2, b2).")
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
      ProgressBar progress = new ProgressBar(err, config.iterations(), System.console() != null);
      History result = new SgdTrainer(gradient, config, progress).train(net, train, test);
      progress.closeLine();
      if (history != null) {
        result.writeCsv(history);
      }
      if (save != null) {
        NpzFiles.writeParameters(save, net.params());
      }
      EpochRecord last = result.lastEpoch().orElseGet(
          () -> new EpochRecord(0, 0, Accuracy.of(net, train), Accuracy.of(net, test), 0));
      out().printf(Locale.ROOT, "train accuracy %.4f, test accuracy %.4f%n", last.trainAccuracy(), last.testAccuracy());
      return 0;
    }

    /** The run's length; epochs become iterations here, once the training set's size is known. */
    private TrainingConfig config(int trainSize, long batchSeed) {
      if (length.iterations != null) {
        return new TrainingConfig(length.iterations, sgd.batchSize, sgd.learningRate, batchSeed);
      }
      int epochs = length.epochs != null ? length.epochs : 1;
      int perEpoch = TrainingConfig.iterationsPerEpoch(trainSize, sgd.batchSize);
      if ((long) epochs * perEpoch > Main.MAX_ITERATIONS) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--epochs': " + epochs
            + " epochs of " + perEpoch + " iterations are more than " + Main.MAX_ITERATIONS + " iterations");
      }
      return TrainingConfig.forEpochs(epochs, trainSize, sgd.batchSize, sgd.learningRate, batchSeed);
    }
  }

  /**
   * The study notes' {@code main.py} once more: one random training batch, standard-normal
   * parameters, the loss, {@code --steps} rounds of updating W1, W2, b1, b2 one after the other by
   * their gradients, the loss again, and the time it all took.
   */
  @Command(name = "seed-run", description = {
    "Repeat the study notes' experiment.",
    "One random batch, randn parameters, --steps rounds of per-parameter",
    "updates in the notes' order (W1, W2, b1, b2); prints the loss before,",
    "the loss after and the seconds taken, as the notes' program does."
  })
  static final class SeedRun extends Main.Subcommand {
    @Mixin Options.Data data;
    @Mixin Options.Method method = new Options.Method("naive"); // the notes'
    @Mixin Options.Sgd sgd = new Options.Sgd(1, 0.06); // the notes' batch of one and learning rate

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2",
        description = "Rounds of updates, the notes' step_num (default: ${DEFAULT-VALUE}).")
    int steps;

    @Override
    public Integer call() {
      GradientMethod gradient = method.method(NaiveNumericalGradient.DEFAULT_H);
      ImageSet train = data.load().train();
      Random random = new Random(sgd.seedOrRandom());
      // the notes' order: the batch is drawn first, then the parameters
      Batch batch = NotesExperiment.randomBatch(Examples.of(train), sgd.batchSize, random);
      TwoLayerNet net = new TwoLayerNet(NotesExperiment.notesInitialisation(ImageSet.PIXELS, 50, 10, random));

      PrintWriter out = out();
      long start = System.nanoTime();
      out.println("Neural Start.");
      out.println("loss of batch_0 is " + net.loss(batch));
      out.flush();
      NotesExperiment.Result result = new NotesExperiment(gradient, sgd.learningRate, steps).run(net, batch);
      out.println("loss of result is " + result.lossAfter());
      out.printf(Locale.ROOT, "cost of time is %.4f seconds%n", (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }
}
