package mnistmlp.cli;

import com.google.gson.GsonBuilder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.data.DataException;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.FastNumericalGradient;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.GradientTimings;
import mnistmlp.gradient.IncrementalNumericalGradient;
import mnistmlp.math.Matrix;
import mnistmlp.network.TwoLayerNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: how long one gradient of one batch takes, by method, measured in this one process
 * so that the ratios compare like with like. The naive method is timed on a random sample of
 * parameters and scaled up to all of them (it would take minutes otherwise), and the same sample
 * gives the agreement figures: the largest |method − naive| over the sampled entries.
 */
@Command(
    name = "bench",
    description = {
      "Times one gradient of one batch by each method: naive (sampled, extrapolated), incremental,"
          + " fast and backprop, in ms and as a multiple of backprop.",
      "Methods: " + mnistmlp.gradient.Gradients.HELP + "."
    })
public final class BenchCommand extends Subcommand {
  /** The images to time on, only if already on this machine: a benchmark downloads nothing. */
  @Mixin DataOption data;

  @Option(names = "--synthetic", description = "Random MNIST-like images instead of a data set.")
  boolean synthetic;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100", converter = IntRange.BatchSize.class,
      description = "Images per batch, as in train (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Mixin InitOption init;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the network and the batch (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "40", converter = IntRange.AtLeastOne.class,
      description = "Timed gradients per method (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "2", converter = Seconds.class,
      description = "Seconds of warm-up per method (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--naive-sample", paramLabel = "N", defaultValue = "300", converter = IntRange.AtLeastOne.class,
      description = "Parameters the naive method is timed and compared on (default: ${DEFAULT-VALUE}).")
  int naiveSample;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  /** One method's timings and its largest difference to the naive sample. */
  record Row(String method, String label, double[] millis, double[] cpuMillis, double maxDifferenceToNaive) {
    double median() {
      return GradientTimings.median(millis);
    }

    double medianCpu() {
      return GradientTimings.median(cpuMillis);
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
    TwoLayerNet net = TwoLayerNet.mnist(init.initialization, seed);
    BenchData benchData = synthetic
        ? BenchData.synthetic(batchSize, seed + 1)
        : BenchData.load(data.data, batchSize, seed + 1);
    Batch batch = benchData.batch();
    int cores = Runtime.getRuntime().availableProcessors();
    GradientTimings.NaiveSample sample = new GradientTimings.NaiveSample(net, batch, naiveSample, new Random(seed + 2));

    List<Row> rows = new ArrayList<>();
    double[] naiveMillis = sample.extrapolatedMillis(3);
    rows.add(new Row("naive", "naive (" + sample.size() + " sampled, extrapolated)", naiveMillis,
        new double[] {Double.NaN}, 0.0));
    List<GradientMethod> methods = List.of(new IncrementalNumericalGradient(), new FastNumericalGradient(), new Backprop());
    double[][] cpuMillis = new double[methods.size()][repeat];
    double[][] millis = GradientTimings.timeInRounds(methods, net, batch, warmupSeconds, repeat, cpuMillis);
    for (int m = 0; m < methods.size(); m++) {
      GradientMethod method = methods.get(m);
      rows.add(new Row(method.name(), method.name(), millis[m], cpuMillis[m], sample.maxDifference(method.gradient(net, batch))));
    }

    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
    environment.put("cores", cores);
    environment.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    environment.put("batch", batch.size());
    environment.put("network", "784-50-10, " + init.initialization.name().toLowerCase(Locale.ROOT) + " init, seed " + seed);
    environment.put("data", benchData.description());
    environment.put("naiveSampledParameters", sample.size());

    out().println(json ? toJson(environment, rows) : toTable(environment, rows));
    return 0;
  }

  private static String toTable(Map<String, Object> environment, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    environment.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-24s %s%n", k, v)));
    double backprop = median(rows, "backprop");
    out.append(String.format(Locale.ROOT, "%n%-34s %12s %12s %12s %12s %12s %14s%n",
        "method", "median ms", "min ms", "max ms", "× backprop", "cpu ms", "max |Δ naive|"));
    for (Row row : rows) {
      boolean naive = row.method().equals("naive");
      out.append(String.format(Locale.ROOT, "%-34s %12.3f %12.3f %12.3f %12.2f %12s %14s%n",
          row.label(), row.median(), row.min(), row.max(), row.median() / backprop,
          naive ? "-" : String.format(Locale.ROOT, "%.3f", row.medianCpu()),
          naive ? "(reference)" : String.format(Locale.ROOT, "%.2e", row.maxDifferenceToNaive())));
    }
    out.append(String.format(Locale.ROOT, "naive / incremental: %.0f×%n", median(rows, "naive") / median(rows, "incremental")));
    out.append("(backprop's difference is the O(h²) error of central differences, not a bug;\n"
        + " cpu ms: median CPU time of the JVM's threads per gradient, all together, which moves less with the load)\n");
    return out.toString();
  }

  private static double median(List<Row> rows, String method) {
    return rows.stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow().median();
  }

  /** {"environment": {…}, "naive": {"ms": …, …}, "incremental": {…}, "fast": {…}, "backprop": {…}}. */
  private static String toJson(Map<String, Object> environment, List<Row> rows) {
    double backprop = median(rows, "backprop");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("environment", environment);
    for (Row row : rows) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("ms", row.median());
      figures.put("minMs", row.min());
      figures.put("maxMs", row.max());
      figures.put("timesBackprop", row.median() / backprop);
      if (row.method().equals("naive")) {
        figures.put("extrapolatedFromSampledParameters", environment.get("naiveSampledParameters"));
      } else {
        figures.put("cpuMs", row.medianCpu());
        figures.put("maxAbsDifferenceToNaive", row.maxDifferenceToNaive());
      }
      root.put(row.method(), figures);
    }
    return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(root);
  }

  /** The batch the benchmark uses: random images of a dataset already on this machine, or synthetic ones. */
  record BenchData(Batch batch, String description) {

    static BenchData load(String name, int n, long seed) {
      Map<String, String> environment = new HashMap<>(System.getenv());
      environment.put(DataSources.OFFLINE_VARIABLE, "1"); // a benchmark must not download
      try {
        Dataset dataset = Datasets.fromOption(name, DataSources.forEnvironment(environment));
        int[] indices = new Random(seed).ints(n, 0, dataset.train().size()).toArray();
        return new BenchData(dataset.train().batch(indices), n + " random training images of " + dataset.summary().replace('\n', ' '));
      } catch (DataException e) {
        System.err.println("bench: " + name + " is not on this machine (" + e.getMessage() + "); using synthetic images");
        return synthetic(n, seed);
      }
    }

    static BenchData synthetic(int n, long seed) {
      Random random = new Random(seed);
      Matrix x = Matrix.zeros(n, 784);
      for (int k = 0; k < x.size(); k++) {
        if (random.nextDouble() < 0.19) {
          x.data()[k] = (1 + random.nextInt(255)) / 255.0;
        }
      }
      Batch batch = new Batch(x, random.ints(n, 0, 10).toArray());
      return new BenchData(batch, "synthetic MNIST-like: 19% non-zero pixels, values k/255");
    }
  }
}
