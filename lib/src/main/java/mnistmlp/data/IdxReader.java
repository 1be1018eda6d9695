package mnistmlp.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST's IDX files, gzipped or raw: a big-endian header (a magic number whose last byte is the number of
 * dimensions, one count per dimension), then unsigned bytes. Every promise of the header is checked; each fault is
 * a {@link DataException} that starts with the file. Buffers grow with the bytes that arrive, not a declared count.
 */
public final class IdxReader {
  static final int LABELS_MAGIC = 0x00000801; // unsigned bytes, 1 dimension
  static final int IMAGES_MAGIC = 0x00000803; // unsigned bytes, 3 dimensions
  static final int MAX_IMAGES = 1_000_000; // so that a damaged count is named as such

  private IdxReader() {}

  /** The four standard files in {@code directory}, each {@code .gz} or raw. */
  static Dataset readDataset(DatasetName name, Path directory, String source) {
    check(Files.isDirectory(directory), directory, () -> "no such directory");
    List<Path> files = DatasetName.PARTS.stream()
        .map(part -> directory.resolve(Files.exists(directory.resolve(part + ".gz")) ? part + ".gz" : part)).toList();
    List<String> missing = files.stream().filter(f -> !Files.isRegularFile(f)).map(f -> f.getFileName().toString()).toList();
    check(missing.isEmpty(), directory, () -> "missing " + String.join(", ", missing) + " (.gz or uncompressed)");
    ImageSet train = readSet(files.get(0), files.get(1));
    return new Dataset(name, train, readSet(files.get(2), files.get(3)), source, directory.toString());
  }

  public static ImageSet readSet(Path imagesFile, Path labelsFile) {
    byte[] pixels = readImages(imagesFile);
    byte[] labels = readLabels(labelsFile);
    check(pixels.length > 0, imagesFile, () -> "no images (the header declares 0)");
    check(pixels.length / ImageSet.PIXELS == labels.length, labelsFile, () -> "count mismatch: " + labels.length
        + " labels but " + imagesFile.getFileName() + " holds " + pixels.length / ImageSet.PIXELS + " images");
    return new ImageSet(pixels, labels);
  }

  public static byte[] readLabels(Path file) {
    byte[] labels = read(file, LABELS_MAGIC);
    ImageSet.labelFault(labels).ifPresent(fault -> {
      throw new DataException(file + ": " + fault);
    });
    return labels;
  }

  /** The pixels of all images, row-major, 784 bytes per image. */
  public static byte[] readImages(Path file) {
    return read(file, IMAGES_MAGIC);
  }

  /** The body after the checked header: exactly the bytes the header declares, and nothing more. */
  private static byte[] read(Path file, int magic) {
    boolean images = magic == IMAGES_MAGIC;
    int headerBytes = images ? 16 : 8;
    String kind = images ? "idx3 images" : "idx1 labels";
    try (InputStream in = open(file)) {
      ByteBuffer header = ByteBuffer.wrap(in.readNBytes(headerBytes)); // big-endian, as IDX is
      check(header.limit() < 4 || header.getInt(0) == magic, file,
          () -> String.format("wrong magic number 0x%08X (expected 0x%08X for %s)", header.getInt(0), magic, kind));
      check(header.limit() == headerBytes, file,
          () -> "truncated header: " + header.limit() + " bytes, an " + kind + " header needs " + headerBytes);
      check(!images || header.getInt(8) == ImageSet.ROWS && header.getInt(12) == ImageSet.COLS, file,
          () -> "wrong dimensions " + header.getInt(8) + "×" + header.getInt(12) + " (expected 28×28)");
      int count = header.getInt(4);
      check(count >= 0 && count <= MAX_IMAGES, file,
          () -> "implausible count " + Integer.toUnsignedString(count) + " in the header (at most " + MAX_IMAGES + ")");
      int length = count * (images ? ImageSet.PIXELS : 1);
      String declared = length + (images ? " image bytes" : " labels");
      byte[] body = in.readNBytes(length);
      long extra = in.transferTo(OutputStream.nullOutputStream());
      check(body.length == length, file,
          () -> "truncated body: the header declares " + declared + " but only " + body.length + " follow");
      check(extra == 0, file,
          () -> "wrong length: " + extra + " unexpected bytes after the " + declared + " the header declares");
      return body;
    } catch (EOFException e) {
      throw new DataException(file + ": truncated gzip data (the stream ends early; an interrupted download?)");
    } catch (ZipException e) {
      throw new DataException(file + ": corrupt gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new DataException(file + ": cannot read (" + e + ")");
    }
  }

  /** Through gzip when the first two bytes say so. */
  private static InputStream open(Path file) throws IOException {
    check(Files.isRegularFile(file), file, () -> Files.exists(file) ? "not a regular file" : "file not found");
    check(Files.size(file) > 0, file, () -> "empty file");
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    if (!gzip && file.getFileName().toString().endsWith(".gz")) {
      raw.close();
      throw new DataException(file + ": not gzip data although the name ends in .gz");
    }
    return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
  }

  /** A fault names the file; the text is made only when there is one (it may read what a good header has). */
  private static void check(boolean good, Path file, Supplier<String> fault) {
    if (!good) {
      throw new DataException(file + ": " + fault.get());
    }
  }
}
