package mnistmlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * Mini-batch stochastic gradient descent (随机梯度下降), the book's training loop: each iteration steps every
 * parameter against the gradient of a random batch, θ ← θ − lr·g; each epoch ends with the accuracies.
 */
public record SgdTrainer(GradientMethod method, TrainingConfig config, TrainingListener listener) {
  public SgdTrainer(GradientMethod method, TrainingConfig config) {
    this(method, config, TrainingListener.NONE);
  }

  /** Trains {@code net} in place and returns what happened. */
  public History train(TwoLayerNet net, Examples train, Examples test) {
    if (train.size() == 0) {
      throw new IllegalArgumentException("cannot train on an empty training set");
    }
    List<IterationRecord> iterations = new ArrayList<>();
    List<EpochRecord> epochs = new ArrayList<>();
    Random random = new Random(config.seed());
    int perEpoch = TrainingConfig.iterationsPerEpoch(train.size(), config.batchSize());
    long start = System.nanoTime();
    // Read once: the batches and accuracies then come from the images' non-zero pixels.
    SparseExamples trainSet = train.nonZero();
    SparseExamples testSet = test.nonZero();
    SparseRows x = new SparseRows(trainSet.rows().cols());
    int[] t = new int[config.batchSize()];
    ForwardPass pass = new ForwardPass();
    Parameters gradient = net.params().zerosLike(); // one set of arrays for every batch
    for (int i = 1; i <= config.iterations(); i++) {
      trainSet.batch(randomIndices(train.size(), config.batchSize(), random), x, t);
      method.gradient(net, x, t, gradient);
      net.params().subtract(config.learningRate(), gradient);
      double loss = pass.run(net.params(), x).loss(t); // net.loss of the batch
      IterationRecord record = new IterationRecord(i, loss, secondsSince(start));
      iterations.add(record);
      listener.onIteration(record);
      if (i % perEpoch == 0 || i == config.iterations()) { // an epoch's end, or the run's
        EpochRecord epoch = new EpochRecord(i, (double) i / perEpoch,
            Accuracy.of(net, trainSet, pass), Accuracy.of(net, testSet, pass), secondsSince(start));
        epochs.add(epoch);
        listener.onEpoch(epoch);
      }
    }
    return new History(iterations, epochs);
  }

  /** {@code n} uniform draws with replacement, like the book's {@code np.random.choice(train_size, batch_size)}. */
  public static int[] randomIndices(int size, int n, Random random) {
    return IntStream.generate(() -> random.nextInt(size)).limit(n).toArray(); // sequential: draws in order
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
