package mnistmlp.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.function.IOConsumer;

/**
 * Writes a file all at once or not at all: into a temporary file next to it, then a rename (a plain replacing move
 * where that cannot be atomic). A crash leaves the old file or none, never a truncated one a notebook fails to read.
 */
public final class AtomicFiles {
  public static final String TEMPORARY_SUFFIX = ".tmp"; // of .<name>.<random>.tmp, next to the target

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Creates the missing directories, lets {@code writer} fill a temporary file, then moves it into place. */
  public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
    checkWritable(target);
    // a link is followed: the file it points to is replaced, the link stays
    Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path temporary = Files.createTempFile(Files.createDirectories(absolute.getParent()),
        "." + absolute.getFileName() + ".", TEMPORARY_SUFFIX);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        writer.accept(out); // throwing keeps the old target
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Fails now where writing {@code target} would fail later or do harm, so that a command can refuse before its work,
   * naming the culprit as the caller spelled it: "is a directory", "is not a regular file" (a device), "is not a
   * directory", "is not writable".
   */
  public static void checkWritable(Path target) throws FileSystemException {
    if (Files.exists(target) && !Files.isRegularFile(target)) { // a rename would replace a device or a pipe
      String reason = Files.isDirectory(target) ? "is a directory" : "is not a regular file";
      throw new FileSystemException(target.toString(), null, reason);
    }
    Path dir = target.toAbsolutePath().getParent();
    Path shown = target.getParent(); // the same directory, as the caller spelled it
    for (; !Files.exists(dir); dir = dir.getParent()) {
      shown = shown == null ? null : shown.getParent();
    }
    String name = String.valueOf(shown == null ? dir : shown);
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new FileSystemException(name, null, Files.isDirectory(dir) ? "is not writable" : "is not a directory");
    }
  }
}
