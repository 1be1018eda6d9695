package mnistmlp.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX files of MNIST, gzip-compressed or raw: a big-endian header (a magic number whose
 * last byte is the number of dimensions, then one count per dimension) and unsigned bytes. Every
 * promise of the header is checked, and every fault is a {@link DataException} that starts with the
 * file. Memory grows only with the bytes that actually arrive, never with a declared count.
 */
public final class IdxReader {
  static final int LABELS_MAGIC = 0x00000801; // unsigned bytes, 1 dimension
  static final int IMAGES_MAGIC = 0x00000803; // unsigned bytes, 3 dimensions
  /** A bound on the count, so a damaged header is named as such. */
  static final int MAX_IMAGES = 1_000_000;

  private IdxReader() {}

  /** The dataset in {@code directory}: the four standard files, each {@code .gz} or raw. */
  static Dataset readDataset(DatasetName name, Path directory, DataSource source) {
    if (!Files.isDirectory(directory)) {
      throw DataException.inFile(directory, "no such directory");
    }
    List<String> missing = DatasetName.PARTS.stream().filter(part -> !Files.isRegularFile(find(directory, part))).toList();
    if (!missing.isEmpty()) {
      throw DataException.inFile(directory, "missing " + String.join(", ", missing) + " (.gz or uncompressed)");
    }
    ImageSet train = readSet(find(directory, "train-images-idx3-ubyte"), find(directory, "train-labels-idx1-ubyte"));
    ImageSet test = readSet(find(directory, "t10k-images-idx3-ubyte"), find(directory, "t10k-labels-idx1-ubyte"));
    return new Dataset(name, train, test, source);
  }

  /** The {@code .gz} file of a part when present, else the raw one. */
  private static Path find(Path directory, String part) {
    Path gz = directory.resolve(part + ".gz");
    return Files.exists(gz) ? gz : directory.resolve(part);
  }

  /** A training or test part: images and labels must agree in count, and there must be some. */
  public static ImageSet readSet(Path imagesFile, Path labelsFile) {
    byte[] pixels = readImages(imagesFile);
    byte[] labels = readLabels(labelsFile);
    int images = pixels.length / ImageSet.PIXELS;
    if (images == 0) {
      throw DataException.inFile(imagesFile, "no images (the header declares 0)");
    }
    if (images != labels.length) {
      throw DataException.inFile(labelsFile, "count mismatch: " + labels.length + " labels but "
          + imagesFile.getFileName() + " holds " + images + " images");
    }
    return new ImageSet(pixels, labels);
  }

  /** The labels, one byte each, checked to be digits 0..9. */
  public static byte[] readLabels(Path file) {
    try (InputStream in = open(file)) {
      ByteBuffer header = readHeader(in, file, 8, LABELS_MAGIC, "idx1 labels");
      byte[] labels = readBody(in, file, count(file, header.getInt(4)), "labels");
      for (int i = 0; i < labels.length; i++) {
        if ((labels[i] & 0xFF) >= ImageSet.CLASSES) {
          throw DataException.inFile(file, "label " + (labels[i] & 0xFF) + " at index " + i + " (labels must be 0..9)");
        }
      }
      return labels;
    } catch (IOException e) {
      throw readFailure(file, e);
    }
  }

  /** The pixels of all images, row-major, 784 bytes per image. */
  public static byte[] readImages(Path file) {
    try (InputStream in = open(file)) {
      ByteBuffer header = readHeader(in, file, 16, IMAGES_MAGIC, "idx3 images");
      if (header.getInt(8) != ImageSet.ROWS || header.getInt(12) != ImageSet.COLS) {
        throw DataException.inFile(file, "wrong dimensions " + header.getInt(8) + "×" + header.getInt(12) + " (expected 28×28)");
      }
      return readBody(in, file, count(file, header.getInt(4)) * ImageSet.PIXELS, "image bytes");
    } catch (IOException e) {
      throw readFailure(file, e);
    }
  }

  /** Opens the file, through gzip when its first two bytes say so. */
  private static InputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw DataException.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
    }
    if (Files.size(file) == 0) {
      throw DataException.inFile(file, "empty file");
    }
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    if (gzip) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    if (file.getFileName().toString().endsWith(".gz")) {
      raw.close();
      throw DataException.inFile(file, "not gzip data although the name ends in .gz");
    }
    return raw;
  }

  private static ByteBuffer readHeader(InputStream in, Path file, int length, int magic, String kind) throws IOException {
    byte[] header = in.readNBytes(length);
    ByteBuffer buffer = ByteBuffer.wrap(header); // big-endian, as IDX is
    if (header.length >= 4 && buffer.getInt(0) != magic) {
      throw DataException.inFile(file, String.format("wrong magic number 0x%08X (expected 0x%08X for %s)", buffer.getInt(0), magic, kind));
    }
    if (header.length < length) {
      throw DataException.inFile(file, "truncated header: " + header.length + " bytes, an " + kind + " header needs " + length);
    }
    return buffer;
  }

  private static int count(Path file, int count) {
    if (count < 0 || count > MAX_IMAGES) {
      throw DataException.inFile(file, "implausible count " + Integer.toUnsignedString(count) + " in the header (at most " + MAX_IMAGES + ")");
    }
    return count;
  }

  /** Exactly the bytes the header declares, and nothing after them; buffers grow as bytes arrive. */
  private static byte[] readBody(InputStream in, Path file, int length, String what) throws IOException {
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw DataException.inFile(file, "truncated body: the header declares " + length + " " + what + " but only " + body.length + " follow");
    }
    long extra = in.transferTo(OutputStream.nullOutputStream());
    if (extra > 0) {
      throw DataException.inFile(file, "wrong length: " + extra + " unexpected bytes after the " + length + " " + what + " the header declares");
    }
    return body;
  }

  private static DataException readFailure(Path file, IOException e) {
    if (e instanceof EOFException) {
      return DataException.inFile(file, "truncated gzip data (the stream ends early; an interrupted download?)");
    }
    if (e instanceof ZipException) {
      return DataException.inFile(file, "corrupt gzip data (" + e.getMessage() + ")");
    }
    if (e instanceof NoSuchFileException) {
      return DataException.inFile(file, "file not found");
    }
    return new DataException(file + ": cannot read (" + e + ")", e);
  }
}
