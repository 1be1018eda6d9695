package mnistmlp.gradient.fast;

import java.util.Arrays;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.network.ForwardPass;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * The incremental gradient's sums: the notes' central differences (L(θ+h) − L(θ−h)) / 2h for every
 * parameter, evaluated image by image. L is the mean of the images' losses, so its change is the
 * mean of theirs, and one nudge changes the loss of an image only through one hidden
 * pre-activation or one logit.
 *
 * <p>The batch is cut into fixed shares ({@link BatchSlice}), each summing into its own arrays,
 * added up in order at the end; with more than one thread the shares run on a parallel stream. The
 * result is therefore the same whichever thread ran which share. Working arrays are kept between
 * calls; a call holds the instance's lock.
 */
public final class ImageByImage {
  private final double h;
  private final int threads;
  private final ForwardPass forward;
  private BatchSlice[] slices = new BatchSlice[0];
  private Parameters[] sums = new Parameters[0];

  public ImageByImage(double h, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.h = h;
    this.threads = threads;
    this.forward = new ForwardPass(threads > 1);
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
      for (String name : new String[] {"b1", "W2", "b2"}) {
        Arrays.fill(sums[share].get(name).data(), 0.0); // W1's sums are the slice's own
      }
      int from = (int) ((long) n * share / shares);
      int to = (int) ((long) n * (share + 1) / shares);
      slices[share].accumulate(forward, x, t, from, to, weights, h, sums[share]);
    });
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
    if (slices.length < shares || !slices[0].fits(p.inputSize(), p.hiddenSize(), p.outputSize())) {
      slices = new BatchSlice[shares];
      sums = new Parameters[shares];
      for (int s = 0; s < shares; s++) {
        slices[s] = new BatchSlice(p.inputSize(), p.hiddenSize(), p.outputSize());
        sums[s] = p.zerosLike();
      }
    }
  }
}
