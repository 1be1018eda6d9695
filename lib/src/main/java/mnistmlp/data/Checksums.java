package mnistmlp.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of files, as lower-case hex: MD5 for the published MNIST sums, SHA-256 for our own. */
public final class Checksums {
  private Checksums() {}

  public static String md5(Path file) throws IOException {
    return hex(file, "MD5");
  }

  public static String sha256(Path file) throws IOException {
    return hex(file, "SHA-256");
  }

  public static String hex(Path file, String algorithm) throws IOException {
    MessageDigest digest = digest(algorithm);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks " + algorithm, e);
    }
  }
}
