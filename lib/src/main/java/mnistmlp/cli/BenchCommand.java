package mnistmlp.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import mnistmlp.data.Batch;
import mnistmlp.data.DataException;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.FastNumericalGradient;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.NaiveNumericalGradient;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how long one gradient of one batch takes, by method, measured in this one process
 * so that the ratios compare like with like. The naive method is timed on a random sample of
 * parameters and scaled up to all of them (it would take minutes otherwise), and the same sample
 * gives the agreement figures: the largest |method − naive| over the sampled entries.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times one gradient of one batch: naive numerical (sampled, extrapolated), fast numerical"
          + " (plain and Vector API, one thread and all cores) and backpropagation.",
      "The Vector API rows need the JVM flag --add-modules jdk.incubator.vector."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Option(names = "--batch-size", defaultValue = "100", description = "Images per batch, as in train (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--init", defaultValue = "book", description = "book (0.01·randn) or randn (default ${DEFAULT-VALUE}).")
  String init;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the network and the batch (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeat", defaultValue = "40", description = "Timed gradients per method (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", defaultValue = "2", description = "Seconds of warm-up per method (default ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--naive-sample", defaultValue = "300",
      description = "Parameters the naive method is timed and compared on (default ${DEFAULT-VALUE}).")
  int naiveSample;

  @Option(names = "--data", defaultValue = "mnist",
      description = "mnist, fashion (either only if already on this machine: nothing is downloaded) or"
          + " synthetic (default ${DEFAULT-VALUE}; falls back to synthetic when the data is missing).")
  String data;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  /** One row of the table. */
  record Row(String key, String label, double[] millis, double maxDifferenceToNaive) {
    double median() {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double min() {
      return Arrays.stream(millis).min().orElse(Double.NaN);
    }

    double max() {
      return Arrays.stream(millis).max().orElse(Double.NaN);
    }
  }

  @Override
  public Integer call() {
    checkOptions();
    TwoLayerNet net = TwoLayerNet.mnist(Options.initialization(spec, init), seed);
    BenchData benchData = BenchData.load(data, batchSize, seed + 1);
    Batch batch = benchData.batch();
    int cores = Runtime.getRuntime().availableProcessors();
    boolean vector = FastNumericalGradient.vectorApiAvailable();
    NaiveSample sample = new NaiveSample(net, batch, naiveSample, new Random(seed + 2));

    List<Row> rows = new ArrayList<>();
    rows.add(sample.timedRow());
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<GradientMethod> methods = new ArrayList<>();
    for (boolean useVector : vector ? new boolean[] {false, true} : new boolean[] {false}) {
      for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
        FastNumericalGradient fast = new FastNumericalGradient().withVectorApi(useVector).withThreads(threads);
        String kind = useVector ? "vector" : "plain";
        keys.add("fast-" + kind + "-" + threads);
        labels.add("fast, " + kind + ", " + threads + (threads == 1 ? " thread" : " threads"));
        methods.add(fast);
      }
    }
    keys.add("backprop");
    labels.add("backprop");
    methods.add(new Backprop());
    double[][] millis = timeInRounds(methods, net, batch);
    for (int m = 0; m < methods.size(); m++) {
      rows.add(new Row(keys.get(m), labels.get(m), millis[m], sample.maxDifference(methods.get(m).gradient(net, batch))));
    }

    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
    environment.put("cores", cores);
    environment.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    environment.put("vectorApi", vector);
    environment.put("batch", batch.size());
    environment.put("network", "784-50-10, " + init + " init, seed " + seed);
    environment.put("data", benchData.description());
    environment.put("naiveSampledParameters", sample.size());

    System.out.println(json ? toJson(environment, rows) : toTable(environment, rows, vector));
    return 0;
  }

  /** Bad values are usage errors (exit 2) that name the option. */
  private void checkOptions() {
    Options.atLeast(spec, "--batch-size", 1, batchSize);
    Options.atLeast(spec, "--repeat", 1, repeat);
    Options.atLeast(spec, "--naive-sample", 1, naiveSample);
    if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--warmup': must be a number of seconds >= 0, got " + warmupSeconds);
    }
    if (!List.of("mnist", "fashion", "synthetic").contains(data) && !Files.isDirectory(Path.of(data))) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--data': '" + data + "' is not mnist, fashion, synthetic or a directory");
    }
  }

  /**
   * Warms every method up, then times them in rounds, one gradient of each per round, so that a
   * burst of load from other processes falls on all methods alike rather than on one row.
   */
  private double[][] timeInRounds(List<GradientMethod> methods, TwoLayerNet net, Batch batch) {
    for (GradientMethod method : methods) {
      long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
      for (int calls = 0; calls < 10 || System.nanoTime() < warmupEnd; calls++) {
        method.gradient(net, batch);
      }
    }
    double[][] millis = new double[methods.size()][repeat];
    for (int r = 0; r < repeat; r++) {
      for (int m = 0; m < methods.size(); m++) {
        long start = System.nanoTime();
        methods.get(m).gradient(net, batch);
        millis[m][r] = (System.nanoTime() - start) / 1e6;
      }
    }
    return millis;
  }

  /** The naive method on a random sample of entries: its timing, scaled up, and its values. */
  static final class NaiveSample {
    private final TwoLayerNet net;
    private final Batch batch;
    private final String[] names;
    private final int[] indices;
    private final double[] values;
    private final int total;

    NaiveSample(TwoLayerNet net, Batch batch, int size, Random random) {
      this.net = net;
      this.batch = batch;
      this.total = net.params().count();
      int n = Math.min(size, total);
      names = new String[n];
      indices = new int[n];
      values = new double[n];
      for (int s = 0; s < n; s++) {
        int flat = random.nextInt(total); // uniform over all 39,760 entries
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

    int size() {
      return names.length;
    }

    /** Times the sample three times (after one warm-up pass); scales each to all parameters. */
    Row timedRow() {
      NaiveNumericalGradient naive = new NaiveNumericalGradient();
      evaluate(naive);
      double[] millis = new double[3];
      for (int r = 0; r < millis.length; r++) {
        long start = System.nanoTime();
        evaluate(naive);
        millis[r] = (System.nanoTime() - start) / 1e6 * total / names.length;
      }
      return new Row("naive", "naive (" + names.length + " sampled, extrapolated)", millis, 0.0);
    }

    private void evaluate(NaiveNumericalGradient naive) {
      for (int s = 0; s < names.length; s++) {
        values[s] = naive.partialDerivative(net.params().get(names[s]).data(), indices[s], net, batch);
      }
    }

    double maxDifference(Parameters g) {
      double worst = 0;
      for (int s = 0; s < names.length; s++) {
        worst = Math.max(worst, Math.abs(g.get(names[s]).data()[indices[s]] - values[s]));
      }
      return worst;
    }
  }

  private static String toTable(Map<String, Object> environment, List<Row> rows, boolean vector) {
    StringBuilder out = new StringBuilder();
    environment.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-24s %s%n", k, v)));
    if (!vector) {
      out.append("Vector API rows skipped: ").append(FastNumericalGradient.VECTOR_API_HINT).append('\n');
    }
    double backprop = backpropMedian(rows);
    out.append(String.format(Locale.ROOT, "%n%-38s %12s %12s %12s %12s %14s%n",
        "method", "median ms", "min ms", "max ms", "× backprop", "max |Δ naive|"));
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "%-38s %12.3f %12.3f %12.3f %12.2f %14s%n",
          row.label(), row.median(), row.min(), row.max(), row.median() / backprop,
          row.key().equals("naive") ? "(reference)" : String.format(Locale.ROOT, "%.2e", row.maxDifferenceToNaive())));
    }
    out.append("(backprop's difference is the O(h²) error of central differences, not a bug)\n");
    return out.toString();
  }

  private static double backpropMedian(List<Row> rows) {
    return rows.stream().filter(r -> r.key().equals("backprop")).findFirst().orElseThrow().median();
  }

  private static String toJson(Map<String, Object> environment, List<Row> rows) {
    double backprop = backpropMedian(rows);
    StringBuilder out = new StringBuilder("{");
    environment.forEach((k, v) -> out.append(quote(k)).append(':').append(jsonValue(v)).append(','));
    out.append("\"medianMs\":").append(object(rows, Row::median)).append(',');
    out.append("\"minMs\":").append(object(rows, Row::min)).append(',');
    out.append("\"maxMs\":").append(object(rows, Row::max)).append(',');
    out.append("\"ratioToBackprop\":").append(object(rows, r -> r.median() / backprop)).append(',');
    out.append("\"maxAbsDifferenceToNaive\":")
        .append(object(rows.stream().filter(r -> !r.key().equals("naive")).toList(), Row::maxDifferenceToNaive))
        .append(',');
    out.append("\"naiveExtrapolated\":true}");
    return out.toString();
  }

  private static String object(List<Row> rows, java.util.function.ToDoubleFunction<Row> value) {
    StringBuilder out = new StringBuilder("{");
    for (Row row : rows) {
      out.append(out.length() > 1 ? "," : "").append(quote(row.key())).append(':')
          .append(jsonValue(value.applyAsDouble(row)));
    }
    return out.append('}').toString();
  }

  private static String jsonValue(Object v) {
    if (v instanceof Double d) {
      return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return quote(String.valueOf(v));
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  /** The batch the benchmark uses: random images of a dataset already on this machine, or synthetic ones. */
  record BenchData(Batch batch, String description) {

    static BenchData load(String name, int n, long seed) {
      if (!name.equals("synthetic")) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(DataSources.OFFLINE_VARIABLE, "1"); // a benchmark must not download
        try {
          Dataset dataset = Datasets.fromOption(name, DataSources.forEnvironment(environment));
          int[] indices = new Random(seed).ints(n, 0, dataset.train().size()).toArray();
          return new BenchData(dataset.train().batch(indices), n + " random training images of " + dataset.summary().replace('\n', ' '));
        } catch (DataException e) {
          System.err.println("bench: " + name + " is not on this machine (" + e.getMessage() + "); using synthetic images");
        }
      }
      return new BenchData(synthetic(n, seed), "synthetic MNIST-like: 19% non-zero pixels, values k/255");
    }

    static Batch synthetic(int n, long seed) {
      Random random = new Random(seed);
      Matrix x = Matrix.zeros(n, 784);
      for (int k = 0; k < x.size(); k++) {
        if (random.nextDouble() < 0.19) {
          x.data()[k] = (1 + random.nextInt(255)) / 255.0;
        }
      }
      return new Batch(x, random.ints(n, 0, 10).toArray());
    }
  }
}
