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
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.FastNumericalGradient;
import mnistmlp.gradient.GradientTimings;
import mnistmlp.gradient.Gradients;
import mnistmlp.gradient.IncrementalNumericalGradient;
import mnistmlp.math.Matrix;
import mnistmlp.network.TwoLayerNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: one gradient of one batch timed by each method in this one process, so that the ratios compare like
 * with like. Naive is timed on a random sample of parameters and scaled up to all (it would take minutes otherwise);
 * the same sample gives the agreement figures, the largest |method − naive| over the sampled entries.
 */
@Command(name = "bench", description = {"Time one gradient of one batch by each method.", "Naive (sampled,"
    + " extrapolated), incremental, fast and backprop, in ms and as a multiple of backprop. Methods: " + Gradients.HELP + "."})
final class BenchCommand extends Commands.Base {
  @Mixin Commands.DataOption data;
  @Mixin Commands.InitOption init;
  @Option(names = "--synthetic", description = "Random MNIST-like images instead of a data set.")
  boolean synthetic;
  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100", description = "Images per batch.")
  int batchSize;
  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for the network and the batch.")
  long seed;
  @Option(names = "--repeat", paramLabel = "N", defaultValue = "40", description = "Timed gradients per method.")
  int repeat;
  @Option(names = "--warmup", paramLabel = "S", defaultValue = "2", description = "Seconds of warm-up per method.")
  double warmupSeconds;
  @Option(names = "--naive-sample", paramLabel = "N", defaultValue = "300",
      description = "Parameters the naive method is timed and compared on.")
  int naiveSample;
  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;
  private String dataDescription; // said by whichever made the batch

  /** One method's figures as --json prints them: milliseconds per gradient, and what Gson leaves out when null. */
  record Figures(double ms, double minMs, double maxMs, double timesBackprop, Double cpuMs,
      Double maxAbsDifferenceToNaive, Integer extrapolatedFromSampledParameters) {
    static Figures of(double[] millis, double backpropMs, Double cpuMs, Double toNaive, Integer sampled) {
      DoubleSummaryStatistics stats = Arrays.stream(millis).summaryStatistics();
      double ms = GradientTimings.median(millis);
      return new Figures(ms, stats.getMin(), stats.getMax(), ms / backpropMs, cpuMs, toNaive, sampled);
    }
  }

  @Override
  public Integer call() {
    TwoLayerNet net = TwoLayerNet.mnist(init.initialization, seed);
    Batch batch = synthetic ? synthetic(batchSize, seed + 1) : load(batchSize, seed + 1);
    var sample = new GradientTimings.NaiveSample(net, batch, naiveSample, new Random(seed + 2));
    double[] naiveMillis = sample.extrapolatedMillis(3);
    var methods = List.of(new IncrementalNumericalGradient(), new FastNumericalGradient(), new Backprop());
    double[][] cpuMillis = new double[methods.size()][repeat];
    double[][] millis = GradientTimings.timeInRounds(methods, net, batch, warmupSeconds, repeat, cpuMillis);
    double backpropMs = GradientTimings.median(millis[methods.size() - 1]);
    Map<String, Figures> figures = new LinkedHashMap<>();
    figures.put("naive", Figures.of(naiveMillis, backpropMs, null, null, sample.size()));
    for (int m = 0; m < methods.size(); m++) {
      double toNaive = sample.maxDifference(methods.get(m).gradient(net, batch));
      double cpuMs = GradientTimings.median(cpuMillis[m]);
      figures.put(methods.get(m).name(), Figures.of(millis[m], backpropMs, cpuMs, toNaive, null));
    }
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
    environment.put("cores", Runtime.getRuntime().availableProcessors());
    environment.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    environment.put("batch", batch.size());
    environment.put("network", "784-50-10, " + init.initialization.name().toLowerCase(Locale.ROOT) + " init, seed "
        + seed);
    environment.put("data", dataDescription);
    environment.put("naiveSampledParameters", sample.size());
    Map<String, Object> results = new LinkedHashMap<>(Map.of("environment", environment));
    results.putAll(figures);
    out().println(json ? new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(results)
        : table(environment, figures));
    return 0;
  }

  private static String table(Map<String, Object> environment, Map<String, Figures> figures) {
    StringBuilder out = new StringBuilder();
    environment.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-24s %s%n", k, v)));
    out.append(String.format(Locale.ROOT, "%n%-34s %12s %12s %12s %12s %12s %14s%n",
        "method", "median ms", "min ms", "max ms", "× backprop", "cpu ms", "max |Δ naive|"));
    figures.forEach((method, f) -> out.append(String.format(Locale.ROOT, "%-34s %12.3f %12.3f %12.3f %12.2f %12s %14s%n",
        f.cpuMs() == null ? method + " (" + f.extrapolatedFromSampledParameters() + " sampled, extrapolated)" : method,
        f.ms(), f.minMs(), f.maxMs(), f.timesBackprop(),
        f.cpuMs() == null ? "-" : String.format(Locale.ROOT, "%.3f", f.cpuMs()),
        f.cpuMs() == null ? "(reference)" : String.format(Locale.ROOT, "%.2e", f.maxAbsDifferenceToNaive()))));
    double naiveOverIncremental = figures.get("naive").ms() / figures.get("incremental").ms();
    out.append(String.format(Locale.ROOT, "naive / incremental: %.0f×%n", naiveOverIncremental));
    out.append("(backprop's difference is the O(h²) error of central differences, not a bug;\n"
        + " cpu ms: median CPU time of the JVM's threads per gradient, all together, with the time a helper\n"
        + " thread spends awake between its parts)\n");
    return out.toString();
  }

  /** Random images of a data set already on this machine, or synthetic ones if it is not. */
  private Batch load(int n, long seed) {
    Map<String, String> variables = new HashMap<>(System.getenv());
    variables.put(DataSources.OFFLINE_VARIABLE, "1"); // a benchmark must not download
    data.sources = DataSources.forEnvironment(variables);
    try {
      Dataset dataset = data.load();
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
