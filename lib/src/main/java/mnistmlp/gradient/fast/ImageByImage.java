package mnistmlp.gradient.fast;

import java.util.List;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * The notes' central differences (L(θ+h) − L(θ−h)) / 2h for every parameter, summed image by image:
 * L is the mean of the images' losses, so its change is the mean of theirs, and one nudge changes
 * the loss of an image only through one hidden pre-activation or one logit.
 *
 * <p>The batch is cut into fixed shares, each summing into its own arrays, added up in order at
 * the end; with more than one thread the shares run on a parallel stream. The result is therefore
 * the same whichever thread ran which share. Working arrays are kept between calls.
 */
public final class ImageByImage {
  private final double h;
  private final int threads;
  private final boolean series;
  private final ForwardPass forward;
  private BatchSlice[] slices = new BatchSlice[0];
  private Parameters[] sums = new Parameters[0];
  private long seriesSteps;
  private long fallbackSteps;

  private ImageByImage(double h, int threads, boolean series) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.h = h;
    this.threads = threads;
    this.series = series;
    this.forward = new ForwardPass(threads > 1);
  }

  /** Every loss change evaluated at both nudged points. */
  public static ImageByImage evaluating(double h, int threads) {
    return new ImageByImage(h, threads, false);
  }

  /** Loss changes from their series where its bound holds, evaluated elsewhere. */
  public static ImageByImage bySeries(double h, int threads) {
    return new ImageByImage(h, threads, true);
  }

  /** Loss changes the series gave since this was created (0 when evaluating). */
  public synchronized long seriesSteps() {
    return seriesSteps;
  }

  /** Loss changes the series could not give, evaluated instead (0 when evaluating everything). */
  public synchronized long fallbackSteps() {
    return fallbackSteps;
  }

  public Parameters gradient(TwoLayerNet net, Batch batch) {
    net.requireInputs(batch.x());
    return gradient(net, SparseRows.of(batch.x()), batch.t());
  }

  /** The same for a batch given by its inputs' non-zero entries and its labels. */
  public synchronized Parameters gradient(TwoLayerNet net, SparseRows x, int[] t) {
    Parameters p = net.params();
    forward.run(p, x); // every image's a1, z, a2, y at once
    forward.requireLabels(t);
    Parameters gradient = p.zerosLike();
    int n = t.length;
    if (n == 0) {
      return gradient;
    }
    // With several threads, twice as many shares as threads: a thread that finds no free core
    // then holds the others up for less long.
    int shares = threads == 1 ? 1 : Math.min(n, 2 * threads);
    prepare(shares, p);
    Weights weights = Weights.of(p);
    IntStream each = IntStream.range(0, shares);
    (threads == 1 ? each : each.parallel()).forEach(share -> {
      zero(sums[share]);
      int from = (int) ((long) n * share / shares);
      int to = (int) ((long) n * (share + 1) / shares);
      slices[share].accumulate(forward, x, t, from, to, weights, h, sums[share]);
    });
    for (int share = 0; share < shares; share++) {
      if (slices[share].changes() instanceof SeriesLossChanges counted) {
        seriesSteps += counted.seriesSteps();
        fallbackSteps += counted.evaluatedSteps();
      }
    }
    // Each entry sums ℓ_n(θ+h) − ℓ_n(θ−h) over the images; L is their mean: divide by 2h·N.
    double scale = 1.0 / (2 * h * n);
    for (String name : Parameters.NAMES) {
      double[] total = gradient.get(name).data();
      for (int share = 0; share < shares; share++) {
        if (name.equals("W1")) {
          slices[share].addW1SumsTo(total);
          continue;
        }
        double[] part = sums[share].get(name).data();
        for (int k = 0; k < total.length; k++) {
          total[k] += part[k];
        }
      }
      for (int k = 0; k < total.length; k++) {
        total[k] *= scale;
      }
    }
    return gradient;
  }

  private void prepare(int shares, Parameters p) {
    int inputs = p.inputSize();
    int hidden = p.hiddenSize();
    int classes = p.outputSize();
    if (slices.length < shares || !slices[0].fits(inputs, hidden, classes)) {
      slices = new BatchSlice[shares];
      sums = new Parameters[shares];
      for (int t = 0; t < shares; t++) {
        LossChanges changes = series ? new SeriesLossChanges(hidden, classes) : new EvaluatedLossChanges(classes);
        slices[t] = new BatchSlice(new ImageForward(inputs, hidden, classes), changes);
        sums[t] = p.zerosLike();
      }
    }
  }

  /** Zeros b1, W2 and b2 (W1's sums are the slice's own). */
  private static void zero(Parameters sums) {
    for (String name : List.of("b1", "W2", "b2")) {
      java.util.Arrays.fill(sums.get(name).data(), 0.0);
    }
  }
}
