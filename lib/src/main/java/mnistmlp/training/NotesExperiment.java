package mnistmlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.math.Matrix;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;

/**
 * The experiment of the study notes' {@code main.py}, step for step: one random batch, the loss
 * before, then {@code step_num} rounds of
 *
 * <pre>
 * for keys, value in para.items():
 *     para[keys] -= lr * numerical_gradient(neuf, para, keys)
 * </pre>
 *
 * and the loss after. The parameters are visited in the order the notes' dict holds them,
 * W1, W2, b1, b2, and each one is updated as soon as its own gradient is known, so the gradient of
 * W2 already sees the new W1. That is not quite textbook gradient descent (which computes every
 * gradient first and then updates), and it is what the notes measured.
 */
public final class NotesExperiment {
  /** The insertion order of the notes' {@code para} dict. */
  public static final List<String> NOTES_ORDER = List.of("W1", "W2", "b1", "b2");

  /** The notes' settings: {@code lr = 0.06}, {@code step_num = 2}, {@code batch_size = 1}. */
  public static final double NOTES_LEARNING_RATE = 0.06;

  public static final int NOTES_STEPS = 2;
  public static final int NOTES_BATCH_SIZE = 1;

  private final GradientMethod method;
  private final double learningRate;
  private final int steps;

  /**
   * What the notes print, plus the loss after every step.
   *
   * @param seconds the time from before the first loss to after the last, like the notes' timer
   */
  public record Result(double lossBefore, double lossAfter, List<Double> lossAfterEachStep, double seconds) {}

  public NotesExperiment(GradientMethod method, double learningRate, int steps) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
    }
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
    }
    this.method = method;
    this.learningRate = learningRate;
    this.steps = steps;
  }

  /** The notes' start, {@link Initialization#RANDN}: kept under this name for the lessons. */
  public static Parameters notesInitialisation(int input, int hidden, int output, Random random) {
    return Initialization.RANDN.initialise(input, hidden, output, random);
  }

  /** The notes' {@code np.random.choice(x_train.shape[0], batch_size)}: indices with replacement. */
  public static Batch randomBatch(Examples train, int batchSize, Random random) {
    return train.batch(SgdTrainer.randomIndices(train.size(), batchSize, random));
  }

  /** Runs the experiment on {@code net}, changing its parameters in place. */
  public Result run(TwoLayerNet net, Batch batch) {
    long start = System.nanoTime();
    double before = net.loss(batch);
    List<Double> afterEachStep = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      for (String name : NOTES_ORDER) {
        Matrix gradient = method.gradientOf(name, net, batch);
        net.params().get(name).subtractInPlace(learningRate, gradient);
      }
      afterEachStep.add(net.loss(batch));
    }
    double after = steps == 0 ? before : afterEachStep.get(steps - 1);
    return new Result(before, after, List.copyOf(afterEachStep), (System.nanoTime() - start) / 1e9);
  }
}
