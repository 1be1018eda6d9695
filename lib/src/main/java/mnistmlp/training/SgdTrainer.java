package mnistmlp.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.Team;
import mnistmlp.network.TwoLayerNet;

/**
 * Mini-batch stochastic gradient descent (随机梯度下降), the book's training loop: each iteration steps every
 * parameter against the gradient of a random batch, θ ← θ − lr·g; each epoch ends with the accuracies.
 */
public record SgdTrainer(GradientMethod method, TrainingConfig config, TrainingListener listener) {
  public SgdTrainer(GradientMethod method, TrainingConfig config) {
    this(method, config, TrainingListener.NONE);
  }

  /**
   * Trains {@code net} in place and returns what happened. While this thread computes batch i's
   * gradient, another core finds batch i−1's loss after its update and draws batch i+1, listing
   * its inputs by column too (a {@link Team} job of two parts). That loss is taken on a copy of θ
   * made right after the update: a method such as the notes' loop nudges θ itself while it works.
   */
  public History train(TwoLayerNet net, Examples train, Examples test) {
    if (train.size() == 0) {
      throw new IllegalArgumentException("cannot train on an empty training set");
    }
    List<IterationRecord> iterations = new ArrayList<>();
    List<EpochRecord> epochs = new ArrayList<>();
    int perEpoch = TrainingConfig.iterationsPerEpoch(train.size(), config.batchSize());
    long start = System.nanoTime();
    // Read once: the batches and accuracies then come from the images' non-zero pixels.
    SparseExamples trainSet = train.nonZero();
    SparseExamples testSet = test.nonZero();
    Batches batches = new Batches(trainSet, config.batchSize(), new Random(config.seed()));
    ForwardPass pass = new ForwardPass();
    Parameters gradient = net.params().zerosLike(); // one set of arrays for every batch
    Parameters updated = net.params().copy(); // θ after the last update, for its batch's loss
    IterationRecord[] previous = new IterationRecord[1];
    boolean lossOwed = false; // batch i−1's loss after its update is still to be found
    for (int i = 1; i <= config.iterations(); i++) {
      int now = i;
      boolean owed = lossOwed;
      Team.cores().run(2, part -> {
        if (part == 0) {
          method.gradient(net, batches.x(now), batches.t(now), gradient);
        } else {
          if (owed) {
            previous[0] = lossAfterUpdate(now - 1, pass, updated, batches, start);
          }
          if (now < config.iterations()) {
            batches.draw(now + 1);
          }
        }
      });
      if (owed) {
        report(previous[0], iterations);
      }
      net.params().subtract(config.learningRate(), gradient);
      lossOwed = i % perEpoch != 0 && i < config.iterations();
      if (lossOwed) {
        updated.setTo(net.params());
      } else { // an epoch's end, or the run's
        report(lossAfterUpdate(i, pass, net.params(), batches, start), iterations);
        EpochRecord epoch = new EpochRecord(i, (double) i / perEpoch, Accuracy.of(net, trainSet, pass),
            Accuracy.of(net, testSet, pass), secondsSince(start));
        epochs.add(epoch);
        listener.onEpoch(epoch);
      }
    }
    return new History(iterations, epochs);
  }

  /** Iteration i's record: the loss of its batch after its update, which net.loss would give. */
  private static IterationRecord lossAfterUpdate(int i, ForwardPass pass, Parameters theta, Batches batches, long start) {
    double loss = pass.run(theta, batches.x(i)).loss(batches.t(i));
    return new IterationRecord(i, loss, secondsSince(start));
  }

  private void report(IterationRecord record, List<IterationRecord> iterations) {
    iterations.add(record);
    listener.onIteration(record);
  }

  /** Three batches in turn: i−1 (its loss still to find), i (its gradient) and i+1 (being drawn). */
  private static final class Batches {
    private final SparseExamples examples;
    private final Random random;
    private final SparseRows[] x = new SparseRows[3];
    private final int[][] t;

    Batches(SparseExamples examples, int batchSize, Random random) {
      this.examples = examples;
      this.random = random;
      Arrays.setAll(x, b -> new SparseRows(examples.rows().cols()));
      t = new int[3][batchSize];
      draw(1);
    }

    /** Draws batch i, as the book does: in order, so the seed decides every batch. */
    void draw(int i) {
      examples.batch(randomIndices(examples.size(), t[i % 3].length, random), x[i % 3], t[i % 3]);
      x[i % 3].indexColumns(); // for xᵀ·δ, here rather than inside the gradient
    }

    SparseRows x(int i) {
      return x[i % 3];
    }

    int[] t(int i) {
      return t[i % 3];
    }
  }

  /** {@code n} uniform draws with replacement, like the book's {@code np.random.choice(train_size, batch_size)}. */
  public static int[] randomIndices(int size, int n, Random random) {
    return IntStream.generate(() -> random.nextInt(size)).limit(n).toArray(); // sequential: draws in order
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
