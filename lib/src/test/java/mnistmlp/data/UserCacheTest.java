package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import mnistmlp.data.DatasetName.KnownFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCacheTest {
  @TempDir Path temp;
  private final CharArrayWriter out = new CharArrayWriter();
  private final byte[] content = "the whole file".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final KnownFile known = known(content);

  /** A cache whose downloads may take an hour: temporary files younger than that are someone's live download. */
  private UserCache cache(String directory) {
    PrintWriter writer = new PrintWriter(out, true);
    return new UserCache(temp.resolve(directory), new DataSources(Map.of(), Map.of(), temp, Duration.ofHours(1), writer, writer));
  }

  private static KnownFile known(byte[] bytes) {
    try {
      String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      return new KnownFile("f.bin", bytes.length, hex);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCachedFileWithOneFlippedByteIsDetectedRemovedAndReportedInOneLine() throws IOException {
    UserCache cache = cache("cache/mnist");
    Path file = temp.resolve("cache/mnist/f.bin");
    cache.install(known, "test", new ByteArrayInputStream(content));
    assertThat(cache.holdsVerified(known)).isTrue();

    byte[] bytes = Files.readAllBytes(file);
    bytes[3] ^= 0x01;
    Files.write(file, bytes);

    assertThat(cache.holdsVerified(known)).isFalse();
    assertThat(file).doesNotExist();
    assertThat(out.toString()).startsWith("Cached " + file + " was damaged (SHA-256 ").contains("expected " + known.hex());
    assertThat(out.toString().lines()).hasSize(1);
  }

  @Test
  void installRenamesOnlyAWholeVerifiedFile() throws IOException {
    UserCache cache = cache("cache/x");
    Path target = temp.resolve("cache/x/f.bin");
    cache.install(known, "test", new ByteArrayInputStream(content));
    assertThat(target).hasBinaryContent(content);

    byte[] altered = content.clone();
    altered[0] = 'T';
    assertThatThrownBy(() -> cache.install(known, "origin", new ByteArrayInputStream(altered)))
        .hasMessageStartingWith("origin: not f.bin (SHA-256 ");
    assertThatThrownBy(() -> cache.install(known, "origin", new ByteArrayInputStream(content, 0, 5)))
        .hasMessage("origin: not f.bin (5 bytes, expected " + content.length + "); not kept");
    byte[] longer = java.util.Arrays.copyOf(content, content.length + 1);
    assertThatThrownBy(() -> cache.install(known, "origin", new ByteArrayInputStream(longer)))
        .hasMessage("origin: not f.bin (more than its " + content.length + " bytes); not kept");
    assertThat(target).hasBinaryContent(content); // the old file stays
    assertThat(temporaries(target.getParent())).isZero();
  }

  @Test
  void aFileWhereTheCacheDirectoryShouldBeIsReportedEvenForRoot() throws IOException {
    Files.createDirectories(temp.resolve("cache"));
    Path inTheWay = Files.writeString(temp.resolve("cache/mnist"), "not a directory");
    assertThatThrownBy(() -> cache("cache/mnist").prepare())
        .isInstanceOf(DataException.class)
        .hasMessage("cannot write to the cache " + inTheWay + ": " + inTheWay + ": is not a directory");
    Path below = inTheWay.resolve("f.bin");
    assertThatThrownBy(() -> cache("cache/mnist").install(known, "test", new ByteArrayInputStream(content)))
        .hasMessageStartingWith("cannot write " + below + " in the cache: ");
  }

  @Test
  void staleTemporaryFilesAreRemovedButFreshOnesKept() throws IOException {
    Path directory = Files.createDirectories(temp.resolve("cache/mnist"));
    Path stale = Files.writeString(directory.resolve(".train-images-idx3-ubyte.gz.123.part"), "half");
    Path staleTmp = Files.writeString(directory.resolve(".t10k-labels-idx1-ubyte4567.tmp"), "half");
    Path fresh = Files.writeString(directory.resolve(".t10k-images-idx3-ubyte89.tmp"), "being written");
    Path data = Files.writeString(directory.resolve("notes.part"), "not ours");
    FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
    for (Path file : new Path[] {stale, staleTmp, data}) {
      Files.setLastModifiedTime(file, old);
    }
    cache("cache/mnist").prepare();
    assertThat(stale).doesNotExist();
    assertThat(staleTmp).doesNotExist();
    assertThat(fresh).exists();
    assertThat(data).exists();
  }

  @Test
  void theCacheRootFollowsXdgCacheHomeElseHome() {
    assertThat(DataSources.forEnvironment(Map.of("XDG_CACHE_HOME", "/xdg", "HOME", "/home/u")).cacheRoot())
        .isEqualTo(Path.of("/xdg/mnist-mlp"));
    assertThat(DataSources.forEnvironment(Map.of("HOME", "/home/u")).cacheRoot())
        .isEqualTo(Path.of("/home/u/.cache/mnist-mlp"));
  }

  private static long temporaries(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).count();
    }
  }
}
