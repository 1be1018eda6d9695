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
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX label (idx1) and image (idx3) files, gzip-compressed or raw, and checks everything the
 * header promises: the magic number, 28×28 images, the file length, labels in 0..9. Every fault is
 * a {@link DataException} whose message starts with the file and says what is wrong.
 */
public final class IdxReader {
  private IdxReader() {}

  /** The training or test part from its images and labels files, which must agree in count. */
  public static ImageSet readSet(Path imagesFile, Path labelsFile) {
    byte[] pixels = readImages(imagesFile);
    byte[] labels = readLabels(labelsFile);
    int images = pixels.length / ImageSet.PIXELS;
    if (images != labels.length) {
      throw DataException.inFile(labelsFile, "count mismatch: " + labels.length + " labels but "
          + imagesFile.getFileName() + " holds " + images + " images");
    }
    return new ImageSet(pixels, labels);
  }

  /** The labels, one byte each, checked to be digits 0..9. */
  public static byte[] readLabels(Path file) {
    try (InputStream in = open(file)) {
      ByteBuffer header = readHeader(in, file, Idx.LABELS_HEADER_BYTES, Idx.LABELS_MAGIC, "idx1 labels");
      int count = checkedCount(file, header.getInt(4));
      byte[] labels = readBody(in, file, count, "labels");
      for (int i = 0; i < labels.length; i++) {
        if ((labels[i] & 0xFF) >= Idx.CLASSES) {
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
      ByteBuffer header = readHeader(in, file, Idx.IMAGES_HEADER_BYTES, Idx.IMAGES_MAGIC, "idx3 images");
      int rows = header.getInt(8);
      int cols = header.getInt(12);
      if (rows != ImageSet.ROWS || cols != ImageSet.COLS) {
        throw DataException.inFile(file, "wrong dimensions " + rows + "×" + cols + " (expected 28×28)");
      }
      int count = checkedCount(file, header.getInt(4));
      return readBody(in, file, count * ImageSet.PIXELS, "image bytes");
    } catch (IOException e) {
      throw readFailure(file, e);
    }
  }

  /** Opens the file, looking through gzip when its first two bytes say it is gzip. */
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
    if (Idx.isGzipName(file)) {
      raw.close();
      throw DataException.inFile(file, "not gzip data although the name ends in .gz");
    }
    return raw;
  }

  private static ByteBuffer readHeader(InputStream in, Path file, int length, int magic, String kind)
      throws IOException {
    byte[] header = in.readNBytes(length);
    if (header.length < 4) {
      throw DataException.inFile(file, "truncated header: " + header.length + " bytes, an " + kind
          + " header needs " + length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(header); // big-endian, as IDX is
    int found = buffer.getInt(0);
    if (found != magic) {
      throw DataException.inFile(file, String.format(
          "wrong magic number 0x%08X (expected 0x%08X for %s)", found, magic, kind));
    }
    if (header.length < length) {
      throw DataException.inFile(file, "truncated header: " + header.length + " bytes, an " + kind
          + " header needs " + length);
    }
    return buffer;
  }

  private static int checkedCount(Path file, int count) {
    if (count < 0 || count > Idx.MAX_IMAGES) {
      throw DataException.inFile(file, "implausible count " + Integer.toUnsignedString(count)
          + " in the header (at most " + Idx.MAX_IMAGES + ")");
    }
    return count;
  }

  /** Reads exactly the bytes the header declares, and checks that nothing follows them. */
  private static byte[] readBody(InputStream in, Path file, int length, String what) throws IOException {
    byte[] body = new byte[length];
    int read = in.readNBytes(body, 0, length);
    if (read < length) {
      throw DataException.inFile(file, "truncated body: the header declares " + length + " " + what
          + " but only " + read + " follow");
    }
    long extra = in.transferTo(OutputStream.nullOutputStream());
    if (extra > 0) {
      throw DataException.inFile(file, "wrong length: " + extra + " unexpected bytes after the " + length
          + " " + what + " the header declares");
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
