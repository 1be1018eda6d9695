package mnistmlp.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX label and image files, gzip-compressed when the name ends in {@code .gz}: small (and deliberately broken) files for the tests. */
public final class IdxWriter {
  private IdxWriter() {}

  public static void writeLabels(Path file, byte[] labels) throws IOException {
    writeLabels(file, labels, file.toString().endsWith(".gz"));
  }

  public static void writeLabels(Path file, byte[] labels, boolean gzip) throws IOException {
    try (DataOutputStream out = create(file, gzip)) {
      out.writeInt(IdxReader.LABELS_MAGIC);
      out.writeInt(labels.length);
      out.write(labels);
    }
  }

  /** {@code pixels} holds the images row by row, 784 bytes each. */
  public static void writeImages(Path file, byte[] pixels) throws IOException {
    writeImages(file, pixels, file.toString().endsWith(".gz"));
  }

  public static void writeImages(Path file, byte[] pixels, boolean gzip) throws IOException {
    if (pixels.length % ImageSet.PIXELS != 0) {
      throw new IllegalArgumentException(pixels.length + " pixel bytes are not a whole number of 28×28 images");
    }
    try (DataOutputStream out = create(file, gzip)) {
      out.writeInt(IdxReader.IMAGES_MAGIC);
      out.writeInt(pixels.length / ImageSet.PIXELS);
      out.writeInt(ImageSet.ROWS);
      out.writeInt(ImageSet.COLS);
      out.write(pixels);
    }
  }

  /** Writes both files of one part, named as the standard files are (with {@code prefix} "train" or "t10k"). */
  public static void writeSet(Path directory, String prefix, ImageSet set) throws IOException {
    writeImages(directory.resolve(prefix + "-images-idx3-ubyte.gz"), set.pixels());
    writeLabels(directory.resolve(prefix + "-labels-idx1-ubyte.gz"), set.labels());
  }

  private static DataOutputStream create(Path file, boolean gzip) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    if (gzip) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    return new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
  }
}
