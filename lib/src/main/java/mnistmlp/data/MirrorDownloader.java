package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Downloads a known file into the cache from the first mirror that delivers it. A mirror is dropped
 * at once for another status or a {@code Content-Length} other than the file's size, as soon as it
 * sends more bytes than that, and when the file's deadline passes (so a trickle cannot hold it).
 */
final class MirrorDownloader {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

  private final UserCache cache;
  private final Duration deadline;
  private final PrintWriter details;

  MirrorDownloader(UserCache cache, Duration deadline, PrintWriter details) {
    this.cache = cache;
    this.deadline = deadline;
    this.details = details;
  }

  /** Fetches {@code file} into {@code directory}; the error names every mirror tried and its fault. */
  void download(KnownFile file, List<URI> mirrors, Path directory) {
    List<String> failures = new ArrayList<>();
    for (URI mirror : mirrors) {
      URI url = mirror.resolve(file.name());
      try {
        fetch(url, file, directory.resolve(file.name()));
        return;
      } catch (DataException e) {
        details.println("mirror failed: " + e.getMessage());
        failures.add(e.getMessage());
      }
    }
    throw new DataException("could not download " + file.name() + ": " + String.join("; ", failures));
  }

  private void fetch(URI url, KnownFile file, Path target) {
    long start = System.nanoTime();
    HttpResponse<InputStream> response;
    try {
      response = CLIENT.send(HttpRequest.newBuilder(url).timeout(deadline).build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) { // an unknown host gives no message, only types: ConnectException (UnresolvedAddressException)
      String cause = e.getCause() != null ? " (" + e.getCause().getClass().getSimpleName() + ")" : "";
      throw new DataException(url + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName() + cause), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataException(url + ": interrupted", e);
    }
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new DataException(url + ": HTTP " + response.statusCode());
      } else if (length.isPresent() && length.getAsLong() != file.size()) {
        throw new DataException(url + ": Content-Length " + length.getAsLong() + ", but " + file.name() + " has " + file.size() + " bytes");
      }
      // A watchdog closes the body at the deadline, which ends even a read that waits for ever.
      CompletableFuture<Boolean> expired = new CompletableFuture<Boolean>()
          .completeOnTimeout(true, deadline.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
      expired.thenRun(() -> closeQuietly(body));
      try {
        cache.install(target, file, url.toString(), body);
      } catch (DataException e) {
        throw expired.getNow(false) ? new DataException(url + ": not complete within the deadline of " + deadline.toMillis() + " ms", e) : e;
      } finally {
        expired.cancel(false);
      }
    } catch (IOException e) {
      throw new DataException(url + ": " + e.getMessage(), e); // only from closing the body
    }
  }

  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // the reader fails either way, and says so
    }
  }
}
