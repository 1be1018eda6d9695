package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCacheTest {
  @TempDir Path temp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final UserCache cache() {
    return new UserCache(temp.resolve("cache"), new PrintStream(log, true));
  }

  @Test
  void aCachedFileWithOneFlippedByteIsDetectedAndRemoved() throws IOException {
    Path file = temp.resolve("cache/mnist/train-labels-idx1-ubyte.gz");
    Files.createDirectories(file.getParent());
    IdxWriter.writeLabels(file, new byte[] {1, 2, 3});
    String md5 = Checksums.md5(file);
    assertThat(cache().holdsVerified(file, "MD5", md5)).isTrue();

    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 5] ^= 0x01;
    Files.write(file, bytes);

    assertThat(cache().holdsVerified(file, "MD5", md5)).isFalse();
    assertThat(file).doesNotExist();
    assertThat(log.toString()).contains(file.toString()).contains("failed its MD5 check");
  }

  @Test
  void installRenamesOnlyAVerifiedFile() throws IOException {
    Path target = temp.resolve("cache/x/file.bin");
    cache().install(target, t -> Files.writeString(t, "whole"), t -> { });
    assertThat(target).hasContent("whole");

    assertThatThrownBy(() -> cache().install(target, t -> Files.writeString(t, "bad"), t -> {
      throw new DataException("rejected");
    })).hasMessage("rejected");
    assertThat(target).hasContent("whole"); // the old file stays
    assertThat(parts(target.getParent())).isZero();
  }

  @Test
  void aFullDiskLeavesNoPartialFileAndSaysSo() {
    Path target = temp.resolve("cache/x/big.bin");
    assertThatThrownBy(() -> cache().install(target, t -> {
      Files.writeString(t, "half of it");
      throw new FileSystemException(t.toString(), null, "No space left on device");
    }, t -> { }))
        .isInstanceOf(CacheWriteException.class)
        .hasMessage("cannot write " + target + " in the cache: the disk is full (No space left on device)");
    assertThat(target).doesNotExist();
    assertThat(parts(target.getParent())).isZero();
  }

  @Test
  void aReadOnlyCacheDirectoryIsReported() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root can write to read-only directories");
    Path directory = Files.createDirectories(temp.resolve("cache/ro"));
    directory.toFile().setWritable(false);
    try {
      assertThatThrownBy(() -> cache().install(directory.resolve("f"), t -> Files.writeString(t, "x"), t -> { }))
          .isInstanceOf(CacheWriteException.class)
          .hasMessageContaining("permission denied");
    } finally {
      directory.toFile().setWritable(true);
    }
  }

  @Test
  void theCacheRootFollowsXdgCacheHomeElseHome() {
    assertThat(DataSources.cacheRootFor(java.util.Map.of("XDG_CACHE_HOME", "/xdg", "HOME", "/home/u")))
        .isEqualTo(Path.of("/xdg/mnist-mlp"));
    assertThat(DataSources.cacheRootFor(java.util.Map.of("HOME", "/home/u")))
        .isEqualTo(Path.of("/home/u/.cache/mnist-mlp"));
  }

  private static long parts(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
