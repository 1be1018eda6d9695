package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorDownloaderTest {
  @TempDir Path temp;
  private MirrorServer server;
  private KnownFile file;
  private Path cacheDir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private MirrorDownloader downloader;

  @BeforeEach
  void serveOneFile() throws IOException {
    Path served = TestData.dataset(temp.resolve("served"), 300, 10);
    file = TestData.knownFiles(served).get(0); // train images, about 50 kB gzipped
    server = new MirrorServer(served);
    cacheDir = temp.resolve("cache/mnist");
    UserCache cache = new UserCache(temp.resolve("cache"), new PrintStream(log, true));
    downloader = new MirrorDownloader(cache, Duration.ofSeconds(2), Duration.ofSeconds(5), new PrintStream(log, true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void goodMirrorGivesAVerifiedFileAndAProgressLine() throws IOException {
    Path target = cacheDir.resolve(file.name());
    downloader.download(file, List.of(server.mirror("good")), target);
    assertThat(Checksums.md5(target)).isEqualTo(file.md5());
    assertThat(log.toString()).contains("Downloading " + file.name() + " from 127.0.0.1:").contains("(100%)");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void truncatedAndCorruptMirrorsAreSkippedForTheNextOne() throws IOException {
    Path target = cacheDir.resolve(file.name());
    downloader.download(file, List.of(server.mirror("truncated"), server.mirror("corrupt"), server.mirror("good")), target);
    assertThat(Checksums.md5(target)).isEqualTo(file.md5());
    assertThat(log.toString()).contains("/truncated/").contains("checksum mismatch");
  }

  @Test
  void aCorruptDownloadIsNeverKept() {
    Path target = cacheDir.resolve(file.name());
    assertThatThrownBy(() -> downloader.download(file, List.of(server.mirror("corrupt")), target))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("could not download " + file.name())
        .hasMessageContaining("checksum mismatch");
    assertThat(target).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aCutOffDownloadIsNeverKept() {
    Path target = cacheDir.resolve(file.name());
    assertThatThrownBy(() -> downloader.download(file, List.of(server.mirror("truncated")), target))
        .isInstanceOf(DataException.class)
        .hasMessageMatching(".*(truncated|interrupted|checksum).*");
    assertThat(target).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void missingFileAndDeadMirrorFailFastWithTheirReasons() throws IOException {
    Path target = cacheDir.resolve(file.name());
    long start = System.nanoTime();
    assertThatThrownBy(() -> downloader.download(file, List.of(server.mirror("nothing-here"), MirrorServer.deadMirror()), target))
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("/dead/");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void twoDownloadsOfTheSameFileAtOnceLeaveOneWholeFile() throws Exception {
    Path target = cacheDir.resolve(file.name());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> both = List.of(
          pool.submit(() -> downloader.download(file, List.of(server.mirror("good")), target)),
          pool.submit(() -> downloader.download(file, List.of(server.mirror("good")), target)));
      for (Future<?> f : both) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(Checksums.md5(target)).isEqualTo(file.md5());
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anUnwritableCacheIsReportedAsSuch() throws IOException {
    Path notADirectory = Files.writeString(temp.resolve("plain-file"), "x");
    Path target = notADirectory.resolve("mnist").resolve(file.name());
    assertThatThrownBy(() -> downloader.download(file, List.of(server.mirror("good")), target))
        .isInstanceOf(CacheWriteException.class)
        .hasMessageStartingWith("cannot write");
    assertThat(server.requests.get()).isZero(); // failed before asking any mirror
  }

  /** Temporary ".part" files left in the cache directory. */
  private List<Path> leftovers() {
    if (!Files.isDirectory(cacheDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
