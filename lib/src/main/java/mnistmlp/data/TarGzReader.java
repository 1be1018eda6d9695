package mnistmlp.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Just enough of the tar format to read the files of an npm package (a {@code .tgz}): 512-byte
 * headers holding a name and an octal size, each followed by the content padded to 512 bytes.
 */
final class TarGzReader {
  private static final int BLOCK = 512;

  private TarGzReader() {}

  /** The regular files whose names pass {@code wanted}, by name, in archive order. */
  static Map<String, byte[]> read(Path archive, Predicate<String> wanted) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), 1 << 16)) {
      while (true) {
        byte[] header = in.readNBytes(BLOCK);
        if (header.length < BLOCK || isZero(header)) {
          return files; // two zero blocks (or the end) close the archive
        }
        String name = fullName(header);
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
        boolean regular = type == '0' || type == '\0';
        if (regular && wanted.test(name)) {
          byte[] content = in.readNBytes((int) size);
          if (content.length < size) {
            throw new IOException(archive + ": truncated tar entry " + name);
          }
          files.put(name, content);
          in.skipNBytes(padded - size);
        } else {
          in.skipNBytes(padded);
        }
      }
    }
  }

  /** The ustar name: an optional prefix (bytes 345..500), a slash, then the name (bytes 0..100). */
  private static String fullName(byte[] header) {
    String name = text(header, 0, 100);
    String magic = text(header, 257, 6);
    String prefix = magic.startsWith("ustar") ? text(header, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int length) throws IOException {
    String digits = text(header, offset, length).trim();
    try {
      return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    } catch (NumberFormatException e) {
      throw new IOException("bad tar header: size '" + digits + "' is not octal", e);
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
