package mnistmlp.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The user cache, {@code $XDG_CACHE_HOME/mnist-mlp/} or {@code ~/.cache/mnist-mlp/}, one directory
 * per dataset. It never holds a partial or unverified file under a real name: a file is written
 * under a unique temporary name in the same directory, verified, and only then renamed into place
 * atomically. Two processes fetching at once each write their own temporary file; whichever rename
 * comes last wins, and both files are whole and verified. A cached file whose checksum is wrong is
 * deleted, never used.
 */
public final class UserCache {
  /** Writes a file's content to the given (temporary) path. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(Path temporary) throws IOException;
  }

  /** Checks a written file before it is renamed into place; throws to reject it. */
  @FunctionalInterface
  public interface Check {
    void verify(Path temporary) throws IOException;
  }

  private final Path root;
  private final PrintStream log;

  public UserCache(Path root, PrintStream log) {
    this.root = root;
    this.log = log;
  }

  public Path root() {
    return root;
  }

  /** The directory of one dataset, e.g. {@code ~/.cache/mnist-mlp/mnist} (not created). */
  public Path directory(String name) {
    return root.resolve(name);
  }

  /**
   * True when {@code file} exists and has the expected digest. A file with the wrong digest is
   * deleted (and said so on the log), so the caller fetches it again.
   */
  public boolean holdsVerified(Path file, String algorithm, String expectedHex) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      String actual = Checksums.hex(file, algorithm);
      if (actual.equalsIgnoreCase(expectedHex)) {
        return true;
      }
      log.println("Cached " + file + " failed its " + algorithm + " check (" + actual + ", expected "
          + expectedHex + "); removing it.");
      Files.deleteIfExists(file);
      return false;
    } catch (IOException e) {
      log.println("Cannot check cached " + file + " (" + e.getMessage() + "); not using it.");
      return false;
    }
  }

  /**
   * Writes {@code target} through a temporary file in the same directory: {@code writer} fills it,
   * {@code check} verifies it, then one atomic rename puts it in place. On any failure the temporary
   * file is removed and the target is left as it was.
   */
  public void install(Path target, Writer writer, Check check) {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".part");
      writer.writeTo(temporary);
      check.verify(temporary);
      moveAtomically(temporary, target);
      temporary = null;
    } catch (DataException e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw new CacheWriteException("cannot write to the cache directory " + directory
          + ": permission denied (set XDG_CACHE_HOME to a writable directory)", e);
    } catch (FileSystemException e) {
      throw new CacheWriteException("cannot write " + target + " in the cache: " + describe(e), e);
    } catch (IOException e) {
      throw new CacheWriteException("cannot write " + target + " in the cache: " + e.getMessage(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveAtomically(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this only happens on unusual file systems; replacing is still whole-file.
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    return reason.toLowerCase(java.util.Locale.ROOT).contains("space") ? "the disk is full (" + reason + ")" : reason;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // Only a leftover ".part" file; it never carries a real name.
      }
    }
  }
}
