package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import mnistmlp.io.AtomicFiles;

/**
 * The user cache, one directory per dataset, holding only whole, verified files: each is checked
 * against its size and digest, then written through {@link AtomicFiles} (a temporary file, then a
 * rename). A cached file that fails its check is deleted.
 */
final class UserCache {
  private final Path root;
  private final PrintWriter out;

  UserCache(Path root, PrintWriter out) {
    this.root = root;
    this.out = out;
  }

  /** The directory of one dataset, e.g. {@code ~/.cache/mnist-mlp/mnist}. */
  Path directory(DatasetName name) {
    return root.resolve(name.id());
  }

  /** True when {@code file} is there and matches; a damaged one is removed and reported in one line. */
  boolean holdsVerified(Path file, KnownFile known) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String fault = known.fault(in.readNBytes(known.readLimit()));
      if (fault != null) {
        Files.delete(file);
        out.println("Cached " + file + " was damaged (" + fault + "); removed it to fetch it again.");
      }
      return fault == null;
    } catch (IOException e) {
      throw new DataException("cannot check the cached " + reason(e), e);
    }
  }

  /**
   * Creates {@code directory} and removes temporary files older than {@code age}, which an
   * interrupted run left (a live download never outlasts its deadline).
   */
  void prepare(Path directory, Duration age) {
    FileTime before = FileTime.from(Instant.now().minus(age));
    try (Stream<Path> files = Files.list(Files.createDirectories(directory))) {
      for (Path file : files.filter(UserCache::isTemporary).toList()) {
        if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new DataException("cannot write to the cache " + directory + ": " + reason(e), e);
    }
  }

  /** Reads {@code in} and keeps it as {@code target} if it is exactly {@code known}; {@code origin} names the source in errors. */
  void install(Path target, KnownFile known, String origin, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(known.readLimit());
    } catch (IOException e) {
      throw new DataException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
    String fault = known.fault(bytes);
    if (fault != null) {
      throw new DataException(origin + ": not " + known.name() + " (" + fault + "); not kept");
    }
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw new DataException("cannot write " + target + " in the cache: " + reason(e), e);
    }
  }

  private static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".part"));
  }

  private static String reason(IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileAlreadyExistsException ? "not a directory"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason : reason;
  }
}
