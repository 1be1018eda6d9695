package mnistmlp.cli;

import com.google.gson.GsonBuilder;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
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
import mnistmlp.gradient.Gradients;
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
@Command(name = "bench", description = {
  "Times one gradient of one batch by each method: naive (sampled, extrapolated), incremental,"
      + " fast and backprop, in ms and as a multiple of backprop.",
  "Methods: " + Gradients.HELP + "."
})
final class BenchCommand extends Main.Subcommand {
  /** The images to time on, only if already on this machine: a benchmark downloads nothing. */
  @Mixin Options.Data data;
  @Mixin Options.Init init;

  @Option(names = "--synthetic", description = "Random MNIST-like images instead of a data set.")
  boolean synthetic;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
      description = "Images per batch, as in train (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the network and the batch (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "40",
      description = "Timed gradients per method (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "2",
      description = "Seconds of warm-up per method (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--naive-sample", paramLabel = "N", defaultValue = "300",
      description = "Parameters the naive method is timed and compared on (default: ${DEFAULT-VALUE}).")
  int naiveSample;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  /** Where the batch came from, said by whichever made it. */
  private String dataDescription;

  /** One method's median, least and most milliseconds, median CPU milliseconds and largest difference to naive. */
  record Row(String label, double ms, double minMs, double maxMs, double cpuMs, double toNaive) {
    static Row of(String label, double[] millis, double cpuMs, double toNaive) {
      DoubleSummaryStatistics stats = Arrays.stream(millis).summaryStatistics();
      return new Row(label, GradientTimings.median(millis), stats.getMin(), stats.getMax(), cpuMs, toNaive);
    }
  }

  @Override
  public Integer call() {
    TwoLayerNet net = TwoLayerNet.mnist(init.initialization, seed);
    Batch batch = synthetic ? synthetic(batchSize, seed + 1) : load(batchSize, seed + 1);
    var sample = new GradientTimings.NaiveSample(net, batch, naiveSample, new Random(seed + 2));
    Map<String, Row> rows = new LinkedHashMap<>();
    String naiveLabel = "naive (" + sample.size() + " sampled, extrapolated)";
    rows.put("naive", Row.of(naiveLabel, sample.extrapolatedMillis(3), Double.NaN, 0));
    List<GradientMethod> methods = List.of(new IncrementalNumericalGradient(), new FastNumericalGradient(), new Backprop());
    double[][] cpuMillis = new double[methods.size()][repeat];
    double[][] millis = GradientTimings.timeInRounds(methods, net, batch, warmupSeconds, repeat, cpuMillis);
    for (int m = 0; m < methods.size(); m++) {
      GradientMethod method = methods.get(m);
      double toNaive = sample.maxDifference(method.gradient(net, batch));
      rows.put(method.name(), Row.of(method.name(), millis[m], GradientTimings.median(cpuMillis[m]), toNaive));
    }
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
    environment.put("cores", Runtime.getRuntime().availableProcessors());
    environment.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    environment.put("batch", batch.size());
    environment.put("network", "784-50-10, " + init.initialization.name().toLowerCase(Locale.ROOT) + " init, seed " + seed);
    environment.put("data", dataDescription);
    environment.put("naiveSampledParameters", sample.size());
    out().println(json ? toJson(environment, rows) : toTable(environment, rows));
    return 0;
  }

  private static String toTable(Map<String, Object> environment, Map<String, Row> rows) {
    StringBuilder out = new StringBuilder();
    environment.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-24s %s%n", k, v)));
    out.append(String.format(Locale.ROOT, "%n%-34s %12s %12s %12s %12s %12s %14s%n",
        "method", "median ms", "min ms", "max ms", "× backprop", "cpu ms", "max |Δ naive|"));
    rows.forEach((method, row) -> {
      boolean naive = method.equals("naive");
      out.append(String.format(Locale.ROOT, "%-34s %12.3f %12.3f %12.3f %12.2f %12s %14s%n",
          row.label(), row.ms(), row.minMs(), row.maxMs(), row.ms() / rows.get("backprop").ms(),
          naive ? "-" : String.format(Locale.ROOT, "%.3f", row.cpuMs()),
          naive ? "(reference)" : String.format(Locale.ROOT, "%.2e", row.toNaive())));
    });
    out.append(String.format(Locale.ROOT, "naive / incremental: %.0f×%n", rows.get("naive").ms() / rows.get("incremental").ms()));
    out.append("(backprop's difference is the O(h²) error of central differences, not a bug;\n"
        + " cpu ms: median CPU time of the JVM's threads per gradient, all together, which moves less with the load)\n");
    return out.toString();
  }

  /** {"environment": {…}, "naive": {"ms": …, …}, "incremental": {…}, "fast": {…}, "backprop": {…}}. */
  private static String toJson(Map<String, Object> environment, Map<String, Row> rows) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("environment", environment);
    rows.forEach((method, row) -> {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("ms", row.ms());
      figures.put("minMs", row.minMs());
      figures.put("maxMs", row.maxMs());
      figures.put("timesBackprop", row.ms() / rows.get("backprop").ms());
      if (method.equals("naive")) {
        figures.put("extrapolatedFromSampledParameters", environment.get("naiveSampledParameters"));
      } else {
        figures.put("cpuMs", row.cpuMs());
        figures.put("maxAbsDifferenceToNaive", row.toNaive());
      }
      root.put(method, figures);
    });
    return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(root);
  }

  /** Random images of a data set already on this machine, or synthetic ones if it is not. */
  private Batch load(int n, long seed) {
    Map<String, String> variables = new HashMap<>(System.getenv());
    variables.put(DataSources.OFFLINE_VARIABLE, "1"); // a benchmark must not download
    try {
      Dataset dataset = Datasets.fromOption(data.data, DataSources.forEnvironment(variables));
      dataDescription = n + " random training images of " + dataset.summary().replace('\n', ' ');
      return dataset.train().batch(new Random(seed).ints(n, 0, dataset.train().size()).toArray());
    } catch (DataException e) {
      err().println("bench: " + data.data + " is not on this machine (" + e.getMessage() + "); using synthetic images");
      return synthetic(n, seed);
    }
  }

  private Batch synthetic(int n, long seed) {
    Random random = new Random(seed);
    Matrix x = Matrix.zeros(n, 784);
    for (int k = 0; k < x.size(); k++) {
      if (random.nextDouble() < 0.19) {
        x.data()[k] = (1 + random.nextInt(255)) / 255.0;
      }
    }
    dataDescription = "synthetic MNIST-like: 19% non-zero pixels, values k/255";
    return new Batch(x, random.ints(n, 0, 10).toArray());
  }
}
