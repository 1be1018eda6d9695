package mnistmlp.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.ImageSet;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.NaiveNumericalGradient;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SgdTrainerTest {
  final Examples train = Examples.of(SyntheticData.make(200, 6, 3, 1));
  final Examples test = Examples.of(SyntheticData.make(100, 6, 3, 2));

  @Test
  void learnsASmallProblem() {
    TwoLayerNet net = TwoLayerNet.create(6, 8, 3, Initialization.BOOK, 3);
    TrainingConfig config = new TrainingConfig(30 * TrainingConfig.iterationsPerEpoch(train.size(), 20), 20, 1.0, 4);

    History history = new SgdTrainer(new Backprop(), config).train(net, train, test);

    double[] losses = history.losses();
    assertThat(losses).hasSize(300);
    assertThat(mean(losses, 270, 300)).isLessThan(mean(losses, 0, 30) / 3);
    assertThat(history.lastEpoch().orElseThrow().testAccuracy()).isGreaterThan(0.95);
  }

  @Test
  void recordsAccuraciesAtEveryEpochAndAtAMidEpochEnd() {
    TwoLayerNet net = TwoLayerNet.create(6, 8, 3, Initialization.BOOK, 3);
    List<EpochRecord> told = new ArrayList<>();
    List<IterationRecord> iterations = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onIteration(IterationRecord record) {
        iterations.add(record);
      }

      @Override
      public void onEpoch(EpochRecord record) {
        told.add(record);
      }
    };
    // 200 examples in batches of 50: 4 iterations per epoch; 10 iterations = 2.5 epochs
    History history = new SgdTrainer(new Backprop(), new TrainingConfig(10, 50, 0.1, 5), listener).train(net, train, test);

    assertThat(history.epochs()).extracting(EpochRecord::iteration).containsExactly(4, 8, 10);
    assertThat(history.epochs()).extracting(EpochRecord::epoch).containsExactly(1.0, 2.0, 2.5);
    assertThat(told).isEqualTo(history.epochs());
    assertThat(iterations).isEqualTo(history.iterations());
    assertThat(history.iterations()).extracting(IterationRecord::iteration).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(history.iterations()).extracting(IterationRecord::elapsedSeconds).isSorted();
  }

  /**
   * The trainer finds each loss beside the next gradient; the numbers are those of the book's loop
   * run one step after the other: draw, gradient, update, loss of the batch.
   */
  @Test
  void theHistoryIsTheBooksLoopStepByStep() {
    TrainingConfig config = new TrainingConfig(23, 10, 0.5, 17); // 20 per epoch: ends at 20 and 23
    History history = new SgdTrainer(new Backprop(), config).train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 5), train, test);

    TwoLayerNet net = TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 5);
    Random random = new Random(17);
    double[] losses = new double[23];
    for (int i = 0; i < 23; i++) {
      Batch batch = train.batch(SgdTrainer.randomIndices(train.size(), 10, random));
      net.params().subtract(0.5, new Backprop().gradient(net, batch));
      losses[i] = net.loss(batch);
    }
    assertThat(history.losses()).containsExactly(losses);
    assertThat(history.epochs()).extracting(EpochRecord::iteration).containsExactly(20, 23);
    assertThat(history.lastEpoch().orElseThrow().testAccuracy()).isEqualTo(Accuracy.of(net, test));
  }

  /**
   * The notes' loop nudges θ in place while it works. A method that fills θ with NaN for a moment
   * must not reach the loss of the batch before, which is found at the same time.
   */
  @Test
  void aMethodThatChangesThetaWhileItWorksLeavesTheRecordedLossesAlone() {
    GradientMethod nudging = new GradientMethod() {
      final Backprop backprop = new Backprop();

      @Override
      public String name() {
        return "nudging";
      }

      @Override
      public Parameters gradient(TwoLayerNet net, Batch batch) {
        Parameters gradient = backprop.gradient(net, batch);
        Parameters theta = net.params().copy();
        Parameters.NAMES.forEach(name -> java.util.Arrays.fill(net.params().get(name).data(), Double.NaN));
        long until = System.nanoTime() + 2_000_000; // 2 ms, while the loss of the batch before is found
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        net.params().setTo(theta);
        return gradient;
      }
    };
    TrainingConfig config = new TrainingConfig(12, 10, 0.5, 17);
    History nudged = new SgdTrainer(nudging, config).train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 5), train, test);
    History plain = new SgdTrainer(new Backprop(), config).train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 5), train, test);

    assertThat(nudged.losses()).containsExactly(plain.losses());
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    TrainingConfig config = new TrainingConfig(25, 10, 0.5, 99);
    History first = new SgdTrainer(new Backprop(), config).train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 7), train, test);
    History second = new SgdTrainer(new Backprop(), config).train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 7), train, test);
    History otherSeed = new SgdTrainer(new Backprop(), new TrainingConfig(25, 10, 0.5, 100))
        .train(TwoLayerNet.create(6, 8, 3, Initialization.RANDN, 7), train, test);

    assertThat(second.losses()).isEqualTo(first.losses());
    assertThat(second.epochs()).extracting(EpochRecord::testAccuracy)
        .isEqualTo(first.epochs().stream().map(EpochRecord::testAccuracy).toList());
    assertThat(otherSeed.losses()).isNotEqualTo(first.losses());
  }

  @Test
  void naiveAndBackpropTrainAlike() {
    TrainingConfig config = new TrainingConfig(5, 4, 0.5, 11);
    TwoLayerNet a = TwoLayerNet.create(6, 4, 3, Initialization.RANDN, 12);
    TwoLayerNet b = TwoLayerNet.create(6, 4, 3, Initialization.RANDN, 12);
    double[] naive = new SgdTrainer(new NaiveNumericalGradient(), config).train(a, train, test).losses();
    double[] backprop = new SgdTrainer(new Backprop(), config).train(b, train, test).losses();
    for (int i = 0; i < naive.length; i++) {
      assertThat(naive[i]).isCloseTo(backprop[i], org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  @Test
  void writesTheHistoryAsCsv(@TempDir Path dir) throws Exception {
    History history = new SgdTrainer(new Backprop(), new TrainingConfig(5, 100, 0.1, 5))
        .train(TwoLayerNet.create(6, 8, 3, Initialization.BOOK, 3), train, test);
    Path file = dir.resolve("history.csv");
    history.writeCsv(file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("iteration,loss,elapsed_seconds,epoch,train_accuracy,test_accuracy");
    assertThat(lines.get(1)).matches("1,[0-9.E-]+,[0-9.E-]+,,,");
    assertThat(lines.get(2)).matches("2,[0-9.E-]+,[0-9.E-]+,1\\.0,[0-9.]+,[0-9.]+");
    assertThat(Double.parseDouble(lines.get(3).split(",")[1])).isEqualTo(history.losses()[2]);
  }

  /** An MNIST image set is read from its bytes; the same images as a float batch train identically. */
  @Test
  void anImageSetTrainsLikeTheSameImagesInMemory() {
    ImageSet images = randomImages(300, 7);
    ImageSet testImages = randomImages(120, 8);
    TrainingConfig config = new TrainingConfig(12, 50, 0.5, 9); // two whole epochs of 6 batches
    History fromBytes = new SgdTrainer(new Backprop(), config).train(
        TwoLayerNet.mnist(Initialization.BOOK, 3), Examples.of(images), Examples.of(testImages));
    History fromBatch = new SgdTrainer(new Backprop(), config).train(
        TwoLayerNet.mnist(Initialization.BOOK, 3), Examples.of(images.all()), Examples.of(testImages.all()));

    assertThat(fromBytes.losses()).containsExactly(fromBatch.losses());
    assertThat(fromBytes.epochs()).extracting(EpochRecord::trainAccuracy, EpochRecord::testAccuracy)
        .isEqualTo(fromBatch.epochs().stream().map(e -> tuple(e.trainAccuracy(), e.testAccuracy())).toList());
  }

  /** Images with about a fifth of their pixels inked, at any of the 255 levels. */
  private static ImageSet randomImages(int count, long seed) {
    Random random = new Random(seed);
    byte[] pixels = new byte[count * ImageSet.PIXELS];
    for (int p = 0; p < pixels.length; p++) {
      pixels[p] = random.nextInt(5) == 0 ? (byte) (1 + random.nextInt(255)) : 0;
    }
    byte[] labels = new byte[count];
    for (int i = 0; i < count; i++) {
      labels[i] = (byte) random.nextInt(ImageSet.CLASSES);
    }
    return new ImageSet(pixels, labels);
  }

  @Test
  void epochsFollowTheBook() {
    assertThat(TrainingConfig.iterationsPerEpoch(60_000, 100)).isEqualTo(600);
    assertThat(TrainingConfig.iterationsPerEpoch(50, 100)).isEqualTo(1);
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatThrownBy(() -> new TrainingConfig(1, 0, 0.1, 0)).hasMessageContaining("batch size must be at least 1, got 0");
    assertThatThrownBy(() -> new TrainingConfig(1, 1, -0.1, 0)).hasMessageContaining("learning rate must be a positive number, got -0.1");
    assertThatThrownBy(() -> new TrainingConfig(1, 1, Double.NaN, 0)).hasMessageContaining("got NaN");
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }
}
