package mnistmlp.data;

/**
 * The IDX format of the MNIST files: a big-endian header (a magic number, then one count per
 * dimension), then the values as unsigned bytes. The magic number's third byte says the value type
 * (0x08, unsigned byte) and its fourth the number of dimensions.
 */
final class Idx {
  static final int LABELS_MAGIC = 0x00000801; // unsigned bytes, 1 dimension
  static final int IMAGES_MAGIC = 0x00000803; // unsigned bytes, 3 dimensions
  static final int LABELS_HEADER_BYTES = 8;
  static final int IMAGES_HEADER_BYTES = 16;
  static final int CLASSES = 10;
  /** A bound on the image count, so a damaged header cannot make us allocate gigabytes. */
  static final int MAX_IMAGES = 1_000_000;

  private Idx() {}

  static boolean isGzipName(java.nio.file.Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }
}
