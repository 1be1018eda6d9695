package mnistmlp.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once or not at all: into a temporary file next to it, then a rename. A
 * crash or an error half-way leaves the old file (or none), never a truncated one that a notebook
 * would later fail to read. Where the file system cannot rename atomically, a plain replacing
 * move is used: still whole-file, only not indivisible.
 */
public final class AtomicFiles {
  /** Temporary files are {@code .<name>.<random>.tmp} in the target's directory. */
  public static final String TEMPORARY_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** What to write into the stream; may throw like any I/O. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** What to write into a file given by its path, for APIs that write to paths (a download, an image encoder). */
  @FunctionalInterface
  public interface Filler {
    /** Fills {@code temporary}; throwing (for example after a failed checksum) keeps the old target. */
    void fill(Path temporary) throws IOException;
  }

  public static void write(Path target, Writer writer) throws IOException {
    fill(target, temporary -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        writer.writeTo(out);
      }
    });
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Creates the missing directories, lets {@code filler} fill a temporary file, then moves it into place. */
  public static void fill(Path target, Filler filler) throws IOException {
    checkWritable(target);
    // a link is followed: the file it points to is replaced, the link stays
    Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMPORARY_SUFFIX);
    try {
      filler.fill(temporary);
      moveIntoPlace(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Fails now where writing {@code target} would fail later or do harm: the target is a directory
   * or a device, a parent is a file, or the nearest existing directory lets no file be created.
   * The exception's file is the culprit and its reason reads after it: "is a directory", "is not
   * a regular file", "is not a directory", "is not writable (…)". A command calls this before
   * its work, so that a run is not lost to a typo.
   */
  public static void checkWritable(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) { // a device or a pipe: a rename would replace it
      throw new FileSystemException(target.toString(), null, "is not a regular file");
    }
    Path dir = target.toAbsolutePath().getParent();
    Path shown = target.getParent(); // the same directory, spelled as the user spelled it
    while (!Files.exists(dir)) {
      dir = dir.getParent();
      shown = shown == null ? null : shown.getParent();
    }
    String name = shown == null ? dir.toString() : shown.toString();
    if (!Files.isDirectory(dir)) {
      throw new FileSystemException(name, null, "is not a directory");
    }
    try {
      Files.delete(Files.createTempFile(dir, ".write-test.", TEMPORARY_SUFFIX));
    } catch (AccessDeniedException e) {
      throw new FileSystemException(name, null, "is not writable (permission denied)");
    } catch (FileSystemException e) {
      throw new FileSystemException(name, null, "is not writable" + (e.getReason() != null ? " (" + e.getReason() + ")" : ""));
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
