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
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX files of MNIST, gzip-compressed or raw: a big-endian header (a magic number whose
 * last byte is the number of dimensions, then one count per dimension), then unsigned bytes. Every
 * promise of the header is checked, and each fault is a {@link DataException} that starts with the
 * file. Buffers grow with the bytes that arrive, never with a declared count.
 */
public final class IdxReader {
  static final int LABELS_MAGIC = 0x00000801; // unsigned bytes, 1 dimension
  static final int IMAGES_MAGIC = 0x00000803; // unsigned bytes, 3 dimensions
  static final int MAX_IMAGES = 1_000_000; // so that a damaged count is named as such

  private IdxReader() {}

  /** The four standard files in {@code directory}, each {@code .gz} or raw. */
  static Dataset readDataset(DatasetName name, Path directory, String source) {
    if (!Files.isDirectory(directory)) {
      throw DataException.inFile(directory, "no such directory");
    }
    List<Path> files = DatasetName.PARTS.stream()
        .map(part -> directory.resolve(Files.exists(directory.resolve(part + ".gz")) ? part + ".gz" : part)).toList();
    List<String> missing = files.stream().filter(f -> !Files.isRegularFile(f)).map(f -> f.getFileName().toString()).toList();
    if (!missing.isEmpty()) {
      throw DataException.inFile(directory, "missing " + String.join(", ", missing) + " (.gz or uncompressed)");
    }
    return new Dataset(name, readSet(files.get(0), files.get(1)), readSet(files.get(2), files.get(3)), source, directory.toString());
  }

  /** A training or test part: some images, and as many labels. */
  public static ImageSet readSet(Path imagesFile, Path labelsFile) {
    byte[] pixels = readImages(imagesFile);
    byte[] labels = readLabels(labelsFile);
    if (pixels.length == 0) {
      throw DataException.inFile(imagesFile, "no images (the header declares 0)");
    } else if (pixels.length / ImageSet.PIXELS != labels.length) {
      throw DataException.inFile(labelsFile, "count mismatch: " + labels.length + " labels but "
          + imagesFile.getFileName() + " holds " + pixels.length / ImageSet.PIXELS + " images");
    }
    return new ImageSet(pixels, labels);
  }

  /** The labels, one byte each, checked to be digits 0..9. */
  public static byte[] readLabels(Path file) {
    byte[] labels = read(file, LABELS_MAGIC, "idx1 labels");
    String fault = ImageSet.labelFault(labels);
    if (fault != null) {
      throw DataException.inFile(file, fault);
    }
    return labels;
  }

  /** The pixels of all images, row-major, 784 bytes per image. */
  public static byte[] readImages(Path file) {
    return read(file, IMAGES_MAGIC, "idx3 images");
  }

  /** The body after the checked header: exactly the bytes the header declares, and nothing more. */
  private static byte[] read(Path file, int magic, String kind) {
    boolean images = magic == IMAGES_MAGIC;
    int headerBytes = images ? 16 : 8;
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes(headerBytes);
      ByteBuffer header = ByteBuffer.wrap(bytes); // big-endian, as IDX is
      if (bytes.length >= 4 && header.getInt(0) != magic) {
        throw DataException.inFile(file, String.format("wrong magic number 0x%08X (expected 0x%08X for %s)", header.getInt(0), magic, kind));
      } else if (bytes.length < headerBytes) {
        throw DataException.inFile(file, "truncated header: " + bytes.length + " bytes, an " + kind + " header needs " + headerBytes);
      } else if (images && (header.getInt(8) != ImageSet.ROWS || header.getInt(12) != ImageSet.COLS)) {
        throw DataException.inFile(file, "wrong dimensions " + header.getInt(8) + "×" + header.getInt(12) + " (expected 28×28)");
      } else if (header.getInt(4) < 0 || header.getInt(4) > MAX_IMAGES) {
        throw DataException.inFile(file, "implausible count " + Integer.toUnsignedString(header.getInt(4)) + " in the header (at most " + MAX_IMAGES + ")");
      }
      int length = header.getInt(4) * (images ? ImageSet.PIXELS : 1);
      String what = images ? "image bytes" : "labels";
      byte[] body = in.readNBytes(length);
      if (body.length < length) {
        throw DataException.inFile(file, "truncated body: the header declares " + length + " " + what + " but only " + body.length + " follow");
      }
      long extra = in.transferTo(OutputStream.nullOutputStream());
      if (extra > 0) {
        throw DataException.inFile(file, "wrong length: " + extra + " unexpected bytes after the " + length + " " + what + " the header declares");
      }
      return body;
    } catch (EOFException e) {
      throw DataException.inFile(file, "truncated gzip data (the stream ends early; an interrupted download?)");
    } catch (ZipException e) {
      throw DataException.inFile(file, "corrupt gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw DataException.inFile(file, "cannot read (" + e + ")");
    }
  }

  /** Opens the file, through gzip when its first two bytes say so. */
  private static InputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw DataException.inFile(file, Files.exists(file) ? "not a regular file" : "file not found");
    } else if (Files.size(file) == 0) {
      throw DataException.inFile(file, "empty file");
    }
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    if (!gzip && file.getFileName().toString().endsWith(".gz")) {
      raw.close();
      throw DataException.inFile(file, "not gzip data although the name ends in .gz");
    }
    return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
  }
}
