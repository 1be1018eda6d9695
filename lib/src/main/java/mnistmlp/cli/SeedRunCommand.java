package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.Random;
import java.util.concurrent.Callable;
import mnistmlp.data.Batch;
import mnistmlp.data.Dataset;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Examples;
import mnistmlp.training.NotesExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seed-run}: the study notes' {@code main.py} once more. One random training batch,
 * standard-normal parameters, the loss, {@code --steps} rounds of updating W1, W2, b1, b2 one
 * after the other by their numerical gradients, the loss again, and the time it all took.
 */
@Command(
    name = "seed-run",
    mixinStandardHelpOptions = true,
    description = {
      "Repeat the study notes' experiment.",
      "One random batch, randn parameters, --steps rounds of per-parameter",
      "updates in the notes' order (W1, W2, b1, b2); prints the loss before,",
      "the loss after and the seconds taken, as the notes' program does."
    })
final class SeedRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;
  @Mixin DataOption data;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1", description = "Images in the one batch (default: ${DEFAULT-VALUE}, as in the notes).")
  int batchSize;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "2", description = "Rounds of updates, the notes' step_num (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--lr", paramLabel = "LR", defaultValue = "0.06", description = "Learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for the batch and the parameters (default: a random one, like the notes).")
  Long seed;

  @Option(names = "--method", defaultValue = "naive", paramLabel = "METHOD",
      description = "How to compute each gradient: naive (the notes'), fast (the same differences, from the cached forward pass) or backprop (default: ${DEFAULT-VALUE}).")
  String method;

  @Override
  public Integer call() {
    Options.atLeast(spec, "--batch-size", 1, batchSize);
    Options.atLeast(spec, "--steps", 0, steps);
    Options.positive(spec, "--lr", learningRate);
    GradientMethod gradient = Options.gradientMethod(spec, "--method", method, mnistmlp.gradient.NaiveNumericalGradient.DEFAULT_H);

    Dataset dataset = data.load();
    ImageSet train = dataset.train();
    Random random = seed == null ? new Random() : new Random(seed);
    // the notes' order: the batch is drawn first, then the parameters
    Batch batch = NotesExperiment.randomBatch(Examples.of(train), batchSize, random);
    TwoLayerNet net = new TwoLayerNet(NotesExperiment.notesInitialisation(ImageSet.PIXELS, 50, 10, random));

    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    out.println("Neural Start.");
    out.println("loss of batch_0 is " + net.loss(batch));
    out.flush();
    NotesExperiment.Result result = new NotesExperiment(gradient, learningRate, steps).run(net, batch);
    out.println("loss of result is " + result.lossAfter());
    out.printf(java.util.Locale.ROOT, "cost of time is %.4f seconds%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
