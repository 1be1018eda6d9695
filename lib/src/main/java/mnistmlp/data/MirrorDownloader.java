package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads one file from a list of mirrors, one after another, into the cache. Each download goes
 * to a temporary file, is checked against the published MD5 sum, and is renamed into place only
 * when whole and verified. Connecting and each read are bounded by timeouts, so a machine without
 * network fails in seconds; a progress line goes to the log (stderr).
 */
public final class MirrorDownloader {
  private final UserCache cache;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final PrintStream log;

  public MirrorDownloader(UserCache cache, Duration connectTimeout, Duration readTimeout, PrintStream log) {
    this.cache = cache;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.log = log;
  }

  /**
   * Fetches {@code file} into {@code target}, trying each mirror in turn.
   *
   * @throws DataException naming every mirror tried and why it failed
   */
  public void download(KnownFile file, List<URI> mirrors, Path target) {
    List<String> failures = new ArrayList<>();
    for (URI mirror : mirrors) {
      URI url = mirror.resolve(file.name());
      try {
        cache.install(target, temporary -> fetch(url, temporary), temporary -> verify(url, file, temporary));
        failures.forEach(failure -> log.println("  (an earlier mirror failed: " + failure + ")"));
        return;
      } catch (CacheWriteException e) {
        throw e; // the cache is the problem, not the mirror: another mirror will not help
      } catch (DataException e) {
        failures.add(e.getMessage()); // told once: with the success below, or in the exception
      }
    }
    throw new DataException("could not download " + file.name() + ": " + String.join("; ", failures));
  }

  private void fetch(URI url, Path temporary) throws IOException {
    HttpURLConnection connection;
    try {
      connection = open(url);
    } catch (IOException e) {
      throw new DataException(url + ": " + describe(e), e);
    }
    try {
      int status = connection.getResponseCode();
      if (status != HttpURLConnection.HTTP_OK) {
        throw new DataException(url + ": HTTP " + status);
      }
      long expected = connection.getContentLengthLong();
      long received;
      try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(temporary)) {
        received = copyWithProgress(in, out, expected, url);
      } catch (IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
          throw e; // a cache problem (full disk, read-only): UserCache words it
        }
        throw new DataException(url + ": download interrupted (" + describe(e) + ")", e);
      }
      if (expected >= 0 && received != expected) {
        throw new DataException(url + ": truncated download, " + received + " of " + expected + " bytes");
      }
    } catch (IOException e) {
      if (e instanceof java.nio.file.FileSystemException) {
        throw e;
      }
      throw new DataException(url + ": " + describe(e), e);
    } finally {
      connection.disconnect();
    }
  }

  private HttpURLConnection open(URI url) throws IOException {
    URLConnection connection = url.toURL().openConnection();
    if (!(connection instanceof HttpURLConnection http)) {
      throw new IOException("not an HTTP(S) address");
    }
    http.setConnectTimeout((int) connectTimeout.toMillis());
    http.setReadTimeout((int) readTimeout.toMillis());
    http.setInstanceFollowRedirects(true);
    http.setRequestProperty("User-Agent", "mnist-mlp/0.1");
    return http;
  }

  private long copyWithProgress(InputStream in, OutputStream out, long expected, URI url) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long received = 0;
    long nextReport = 0;
    String name = Path.of(url.getPath()).getFileName() + " from " + url.getHost();
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      received += n;
      if (received >= nextReport) {
        log.print("\rDownloading " + name + ": " + progress(received, expected));
        nextReport = received + (1 << 20);
      }
    }
    log.println("\rDownloading " + name + ": " + progress(received, expected));
    return received;
  }

  private static String progress(long received, long expected) {
    String mb = String.format("%.1f MB", received / 1e6);
    return expected > 0 ? mb + String.format(" of %.1f MB (%d%%)", expected / 1e6, 100 * received / expected) : mb;
  }

  private static void verify(URI url, KnownFile file, Path temporary) throws IOException {
    String actual = Checksums.md5(temporary);
    if (!actual.equalsIgnoreCase(file.md5())) {
      throw new DataException(url + ": checksum mismatch, MD5 " + actual + " but " + file.name()
          + " should have " + file.md5() + " (corrupted or altered; not kept)");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.net.UnknownHostException) {
      return "unknown host " + e.getMessage() + " (no network?)";
    }
    if (e instanceof java.net.SocketTimeoutException) {
      return "timed out (" + e.getMessage() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
