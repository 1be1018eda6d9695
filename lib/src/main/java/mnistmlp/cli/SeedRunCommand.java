package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.NaiveNumericalGradient;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.Examples;
import mnistmlp.training.NotesExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code seed-run}: the study notes' {@code main.py} once more. One random training batch,
 * standard-normal parameters, the loss, {@code --steps} rounds of updating W1, W2, b1, b2 one
 * after the other by their numerical gradients, the loss again, and the time it all took.
 */
@Command(
    name = "seed-run",
    description = {
      "Repeat the study notes' experiment.",
      "One random batch, randn parameters, --steps rounds of per-parameter",
      "updates in the notes' order (W1, W2, b1, b2); prints the loss before,",
      "the loss after and the seconds taken, as the notes' program does."
    })
final class SeedRunCommand extends Subcommand {
  @Mixin DataOption data;
  @Mixin MethodOption method = new MethodOption("naive"); // the notes'
  @Mixin SgdOptions sgd = new SgdOptions(1, 0.06); // the notes' batch of one and learning rate

  @Option(names = "--steps", paramLabel = "N", defaultValue = "2", converter = IntRange.Count.class,
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
