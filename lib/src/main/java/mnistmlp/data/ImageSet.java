package mnistmlp.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/**
 * One part of a dataset: images as bytes, 784 per image (47 MB for 60,000; float64 only a batch at a time), and
 * their labels. The arrays are shared, not copied: do not change them.
 */
public record ImageSet(byte[] pixels, byte[] labels) {
  public static final int ROWS = 28;
  public static final int COLS = 28;
  public static final int PIXELS = ROWS * COLS;
  public static final int CLASSES = 10;
  /** Each grey level b as a double, and as b / 255: looked up, which is quicker than dividing. */
  private static final double[] LEVELS = IntStream.range(0, 256).asDoubleStream().toArray();
  private static final double[] NORMALIZED = Arrays.stream(LEVELS).map(level -> level / 255.0).toArray();

  public ImageSet {
    if (pixels.length != (long) labels.length * PIXELS) {
      throw new IllegalArgumentException(
          labels.length + " labels need " + (long) labels.length * PIXELS + " pixel bytes, got " + pixels.length);
    }
    labelFault(labels).ifPresent(fault -> {
      throw new IllegalArgumentException(fault);
    });
  }

  /** The first label that is not a digit 0..9, e.g. {@code label 10 at index 2 (labels must be 0..9)}. */
  static Optional<String> labelFault(byte[] labels) {
    return IntStream.range(0, labels.length).filter(i -> (labels[i] & 0xFF) >= CLASSES).boxed().findFirst()
        .map(i -> "label " + (labels[i] & 0xFF) + " at index " + i + " (labels must be 0..9)");
  }

  public int size() {
    return labels.length;
  }

  public int label(int i) {
    return labels[Objects.checkIndex(i, size())];
  }

  /** The chosen images as a (k, 784) matrix, divided by 255 when {@code normalize}, else 0..255. */
  public Matrix images(int[] indices, boolean normalize) {
    double[] out = new double[indices.length * PIXELS];
    for (int row = 0; row < indices.length; row++) {
      int from = Objects.checkIndex(indices[row], size()) * PIXELS;
      for (int p = 0; p < PIXELS; p++) {
        out[row * PIXELS + p] = (normalize ? NORMALIZED : LEVELS)[pixels[from + p] & 0xFF];
      }
    }
    return new Matrix(indices.length, PIXELS, out);
  }

  public Matrix images(int from, int to, boolean normalize) {
    return images(range(from, to), normalize);
  }

  public int[] labels(int[] indices) {
    return Arrays.stream(indices).map(this::label).toArray();
  }

  public int[] labels(int from, int to) {
    return labels(range(from, to));
  }

  /** A mini-batch: normalized images and their labels, the {@code x_batch, t_batch} of the notes. */
  public Batch batch(int[] indices) {
    return new Batch(images(indices, true), labels(indices));
  }

  public Batch batch(int from, int to) {
    return batch(range(from, to));
  }

  /** The whole set as one batch: fine for the 10,000 test images (63 MB), heavy for 60,000 (376 MB). */
  public Batch all() {
    return batch(0, size());
  }

  public Matrix image28x28(int i) {
    return new Matrix(ROWS, COLS, images(new int[] {i}, false).data());
  }

  public int[] classCounts() {
    int[] counts = new int[CLASSES];
    for (byte label : labels) {
      counts[label]++;
    }
    return counts;
  }

  @Override
  public String toString() {
    return "ImageSet(" + size() + " images of 28×28, classes " + Arrays.toString(classCounts()) + ")";
  }

  private int[] range(int from, int to) {
    Objects.checkFromToIndex(from, to, size());
    return IntStream.range(from, to).toArray();
  }
}
