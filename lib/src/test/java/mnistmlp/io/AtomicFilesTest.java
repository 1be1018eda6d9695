package mnistmlp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesWholeFilesCreatingMissingDirectories() throws Exception {
    Path target = dir.resolve("a/b/c.txt");
    AtomicFiles.write(target, "old".getBytes());
    AtomicFiles.write(target, "new".getBytes());
    assertThat(target).hasContent("new");
    assertThat(Files.list(target.getParent())).containsExactly(target); // no temporary file left
  }

  @Test
  void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = Files.writeString(dir.resolve("keep.txt"), "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes());
      throw new IOException("disk gone");
    })).hasMessage("disk gone");
    assertThat(target).hasContent("old");
    assertThat(Files.list(dir)).containsExactly(target);
  }

  @Test
  void theWriterFillsATemporaryFileInTheSameDirectory() throws Exception {
    Path target = dir.resolve("image.png");
    AtomicFiles.write(target, out -> {
      out.write("png".getBytes());
      out.flush();
      try (var files = Files.list(dir)) {
        assertThat(files.toList()).singleElement().satisfies(temporary -> {
          assertThat(temporary.getFileName().toString()).startsWith(".image.png.").endsWith(AtomicFiles.TEMPORARY_SUFFIX);
          assertThat(temporary).hasContent("png");
        });
      }
    });
    assertThat(target).hasContent("png");
  }

  @Test
  void aLinkIsFollowedSoTheLinkStaysAndItsFileIsReplaced() throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    AtomicFiles.write(link, "new".getBytes());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
  }

  @Test
  void aPipeOrDeviceIsNeverReplaced() throws Exception {
    Path pipe = dir.resolve("pipe");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is needed");
    assertThatThrownBy(() -> AtomicFiles.write(pipe, new byte[1]))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(pipe + ": is not a regular file");
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(Files.exists(pipe)).isTrue();
  }

  @Test
  void checkWritableNamesTheCulpritAsTheUserSpelledIt() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> AtomicFiles.checkWritable(file.resolve("p.npz")))
        .isInstanceOf(FileSystemException.class)
        .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(file.toString()))
        .satisfies(e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("is not a directory"));
    assertThatThrownBy(() -> AtomicFiles.checkWritable(file.resolve("deeper/p.npz")))
        .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(file.toString()));
    assertThatThrownBy(() -> AtomicFiles.checkWritable(dir))
        .satisfies(e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("is a directory"));
    assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[1])).hasMessageContaining("is a directory");

    AtomicFiles.checkWritable(dir.resolve("not/yet/there.npz")); // missing directories are created later
    assertThat(dir.resolve("not")).doesNotExist();
    assertThat(Files.list(dir)).containsExactly(file); // the probe is gone
  }
}
