package mnistmlp.gradient;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mnistmlp.data.Batch;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.SparseRows;
import mnistmlp.network.TwoLayerNet;

/**
 * Wall-clock times of the four gradient methods on one batch, the naive one on a random sample of
 * entries and scaled up to all of them: for {@code bench} and the lessons' speed table.
 */
public final class GradientTimings {
  /** The methods in the order of the story: naive, incremental, fast, backprop. */
  public static final List<String> METHODS = Gradients.names();

  /** One method's median time for one gradient of the batch, on a network with {@code hidden} units. */
  public record Row(String method, int hidden, double ms) {}

  private static final int WARMUP_ROUNDS = 10;

  private GradientTimings() {}

  /**
   * Times the four methods on {@code batch} for each hidden size, on a 784-hidden-10 network drawn
   * with {@code init} and {@code seed}: the median of {@code repeats} gradients each (after a
   * warm-up of 0.5 s at the first size, 0.1 s at the others), the naive method on
   * {@code naiveSample} entries.
   */
  public static List<Row> forHiddenSizes(
      Batch batch, Initialization init, long seed, int repeats, int naiveSample, int... hiddenSizes) {
    List<Row> rows = new ArrayList<>();
    for (int hidden : hiddenSizes) {
      boolean first = rows.isEmpty();
      TwoLayerNet net = TwoLayerNet.create(batch.x().cols(), hidden, 10, init, seed);
      NaiveSample sample = new NaiveSample(net, batch, naiveSample, new Random(seed + 1));
      rows.add(new Row("naive", hidden, median(sample.extrapolatedMillis(3))));
      List<GradientMethod> methods = METHODS.subList(1, METHODS.size()).stream().map(Gradients::byName).toList();
      // The later sizes run the code the JIT compiled at the first, in turns: one short round is
      // warm-up enough for them (lesson 06 spends about 3.5 s less than with ten rounds at each size).
      double[][] millis = timeInRounds(methods, net, batch, first ? 0.5 : 0.1, first ? WARMUP_ROUNDS : 1, repeats,
          new double[methods.size()][repeats]);
      for (int m = 0; m < methods.size(); m++) {
        rows.add(new Row(methods.get(m).name(), hidden, median(millis[m])));
      }
    }
    return rows;
  }

  /**
   * Warms every method up for {@code warmupSeconds} (in 10 rounds of at least one call each; none
   * for 0 seconds), then times them in rounds, one timed gradient of each per round after an
   * untimed one, so that a burst of load from other processes falls on all methods alike. Returns
   * wall-clock {@code millis[method][round]}; {@code cpuMillis[method][round]} (modified) gets the
   * CPU time of all the JVM's threads, which moves far less with the load. Each call is the
   * training loop's: the batch's non-zero inputs, by row and by column (listed once, untimed, as
   * the loop lists them beside the gradient before), into one gradient set per method, written
   * again every time.
   */
  public static double[][] timeInRounds(
      List<GradientMethod> methods, TwoLayerNet net, Batch batch, double warmupSeconds, int repeats,
      double[][] cpuMillis) {
    return timeInRounds(methods, net, batch, warmupSeconds, WARMUP_ROUNDS, repeats, cpuMillis);
  }

  private static double[][] timeInRounds(List<GradientMethod> methods, TwoLayerNet net, Batch batch,
      double warmupSeconds, int warmupRounds, int repeats, double[][] cpuMillis) {
    net.params().requireInputs(batch.x().rows(), batch.x().cols());
    SparseRows x = SparseRows.of(batch.x());
    x.indexColumns();
    Parameters[] out = new Parameters[methods.size()];
    for (int m = 0; m < methods.size(); m++) {
      out[m] = net.params().zerosLike();
    }
    // The warm-up takes turns too. Warmed up one after the other, the incremental and the fast
    // gradient share CentralDifferences, whose compiled code the JIT then threw away and rebuilt
    // while the fast one was timed (-XX:+PrintCompilation): it took several times its usual time.
    for (int round = 0; warmupSeconds > 0 && round < warmupRounds; round++) {
      for (int m = 0; m < methods.size(); m++) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9 / warmupRounds);
        do {
          methods.get(m).gradient(net, x, batch.t(), out[m]);
        } while (System.nanoTime() < end);
      }
    }
    double[][] millis = new double[methods.size()][repeats];
    for (int r = 0; r < repeats; r++) {
      for (int m = 0; m < methods.size(); m++) {
        // An untimed call first: the timed one finds its method's arrays in the caches, as in a
        // training loop (and in NumPy's timing loop), not where the other methods left them.
        methods.get(m).gradient(net, x, batch.t(), out[m]);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        methods.get(m).gradient(net, x, batch.t(), out[m]);
        millis[m][r] = (System.nanoTime() - start) / 1e6;
        cpuMillis[m][r] = (processCpuNanos() - cpu) / 1e6;
      }
    }
    return millis;
  }

  /** CPU nanoseconds the JVM's live threads have used so far (a thread that ended is not counted). */
  private static long processCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long id : threads.getAllThreadIds()) {
      total += Math.max(0, threads.getThreadCpuTime(id)); // -1 for a thread that just ended
    }
    return total;
  }

  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The naive method on a random sample of entries: its time scaled up to all of them, and its values. */
  public static final class NaiveSample {
    private final TwoLayerNet net;
    private final Batch batch;
    private final String[] names;
    private final int[] indices;
    private final double[] values;
    private final int total;

    /** {@code size} entries drawn uniformly from all the network's parameters. */
    public NaiveSample(TwoLayerNet net, Batch batch, int size, Random random) {
      this.net = net;
      this.batch = batch;
      this.total = net.params().count();
      int n = Math.min(size, total);
      names = new String[n];
      indices = new int[n];
      values = new double[n];
      for (int s = 0; s < n; s++) {
        int flat = random.nextInt(total);
        for (String name : Parameters.NAMES) {
          int length = net.params().get(name).size();
          if (flat < length) {
            names[s] = name;
            indices[s] = flat;
            break;
          }
          flat -= length;
        }
      }
    }

    public int size() {
      return names.length;
    }

    /** Times the sample {@code repeats} times after one untimed pass, each scaled to all parameters. */
    public double[] extrapolatedMillis(int repeats) {
      NaiveNumericalGradient naive = new NaiveNumericalGradient();
      evaluate(naive);
      double[] millis = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        long start = System.nanoTime();
        evaluate(naive);
        millis[r] = (System.nanoTime() - start) / 1e6 * total / names.length;
      }
      return millis;
    }

    private void evaluate(NaiveNumericalGradient naive) {
      for (int s = 0; s < names.length; s++) {
        values[s] = naive.partialDerivative(net.params().get(names[s]).data(), indices[s], net, batch);
      }
    }

    /** max |g − naive| over the sampled entries (after {@link #extrapolatedMillis} has run). */
    public double maxDifference(Parameters g) {
      return IntStream.range(0, names.length)
          .mapToDouble(s -> Math.abs(g.get(names[s]).data()[indices[s]] - values[s])).max().orElse(0);
    }
  }
}
