package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local server on 127.0.0.1 whose mirrors misbehave in known ways. */
class MirrorDownloadTest {
  @TempDir Path temp;
  private MirrorServer server;
  private KnownFile file;
  private Path cacheDir;
  private final CharArrayWriter details = new CharArrayWriter();
  private UserCache cache;

  @BeforeEach
  void serveOneFile() throws IOException {
    Path served = TestData.dataset(temp.resolve("served"), 300, 10);
    file = TestData.knownFiles(served).get(0); // train images, about 50 kB gzipped
    server = new MirrorServer(served);
    cacheDir = temp.resolve("cache/mnist");
    cache = cacheWithDeadline(Duration.ofSeconds(20));
  }

  private UserCache cacheWithDeadline(Duration deadline) {
    PrintWriter writer = new PrintWriter(details, true);
    return new UserCache(cacheDir, new DataSources(Map.of(), Map.of(), temp, deadline, writer, writer));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aGoodMirrorGivesTheVerifiedFile() throws IOException {
    cache.download(file, List.of(server.mirror("good")));
    assertThat(TestData.digest(cacheDir.resolve(file.name()), "MD5")).isEqualTo(file.hex());
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void truncatedAndCorruptMirrorsAreSkippedForTheNextOneAndNamedInTheDetails() throws IOException {
    cache.download(file, List.of(server.mirror("truncated"), server.mirror("corrupt"), server.mirror("good")));
    assertThat(TestData.digest(cacheDir.resolve(file.name()), "MD5")).isEqualTo(file.hex());
    assertThat(details.toString()).contains("/truncated/").contains("/corrupt/" + file.name() + ": not " + file.name() + " (MD5 ");
  }

  @Test
  void aCorruptOrCutOffDownloadIsNeverKept() {
    for (String mode : List.of("corrupt", "truncated")) {
      assertThatThrownBy(() -> cache.download(file, List.of(server.mirror(mode))))
          .isInstanceOf(DataException.class)
          .hasMessageStartingWith("could not download " + file.name() + ": " + server.mirror(mode) + file.name());
      assertThat(cacheDir.resolve(file.name())).doesNotExist();
      assertThat(leftovers()).isEmpty();
    }
  }

  @Test
  void aMismatchedContentLengthIsRejectedAtOnce() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> cache.download(file, List.of(server.mirror("liar"))))
        .hasMessageContaining("Content-Length 10737418240, but " + file.name() + " has " + file.size() + " bytes");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void withoutContentLengthReadingStopsOnceMoreThanTheSizeArrived() {
    assertThatThrownBy(() -> cache.download(file, List.of(server.mirror("endless"))))
        .hasMessageContaining(": not " + file.name() + " (more than its " + file.size() + " bytes); not kept");
    assertThat(server.endlessBytesSent.get()).isLessThan(MirrorServer.ENDLESS_LIMIT / 16); // socket buffers, not 1 GiB
    assertThat(cacheDir.resolve(file.name())).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aTricklingMirrorIsDroppedAtTheDeadline() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> cacheWithDeadline(Duration.ofSeconds(1)).download(file, List.of(server.mirror("trickle"))))
        .hasMessageContaining(server.mirror("trickle") + file.name() + ": not complete within the deadline of 1000 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aMissingFileAndADeadMirrorFailFastWithTheirReasons() throws IOException {
    long start = System.nanoTime();
    assertThatThrownBy(() -> cache.download(file, List.of(server.mirror("nothing-here"), MirrorServer.deadMirror())))
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("/dead/");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void twoDownloadsOfTheSameFileAtOnceLeaveOneWholeFile() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> both = List.of(
          pool.submit(() -> cache.download(file, List.of(server.mirror("good")))),
          pool.submit(() -> cache.download(file, List.of(server.mirror("good")))));
      for (Future<?> f : both) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(TestData.digest(cacheDir.resolve(file.name()), "MD5")).isEqualTo(file.hex());
    assertThat(leftovers()).isEmpty();
  }

  /** Temporary files left in the cache directory. */
  private List<Path> leftovers() {
    if (!Files.isDirectory(cacheDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
