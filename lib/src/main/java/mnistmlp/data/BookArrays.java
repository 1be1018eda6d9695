package mnistmlp.data;

import mnistmlp.math.Matrix;

/**
 * The book's {@code (x_train, t_train), (x_test, t_test) = load_mnist(normalize, flatten,
 * one_hot_label)}, without turning 60,000 images into 376 MB of doubles at once: each part gives
 * its shapes as the book prints them and converts images when asked, a range at a time.
 */
public record BookArrays(Part train, Part test) {

  /** One part (train or test) under the chosen options. */
  public record Part(ImageSet set, boolean normalize, boolean flatten, boolean oneHot) {

    /** {@code (60000, 784)} when flattened, else {@code (60000, 1, 28, 28)}: the shape of x. */
    public String xShape() {
      return flatten ? "(" + set.size() + ", " + ImageSet.PIXELS + ")" : "(" + set.size() + ", 1, " + ImageSet.ROWS + ", " + ImageSet.COLS + ")";
    }

    /** {@code (60000, 10)} with one-hot labels, else {@code (60000,)}: the shape of t. */
    public String tShape() {
      return oneHot ? "(" + set.size() + ", " + ImageSet.CLASSES + ")" : "(" + set.size() + ",)";
    }

    /** Images {@code from..to} as rows of 784 values (a matrix is two-dimensional, so always flat). */
    public Matrix x(int from, int to) {
      return set.images(from, to, normalize);
    }

    /** Images {@code from..to} in the unflattened (k, 1, 28, 28) form, for a handful of images. */
    public double[][][][] x4d(int from, int to) {
      Matrix flat = x(from, to);
      double[][][][] out = new double[to - from][1][ImageSet.ROWS][ImageSet.COLS];
      for (int k = 0; k < out.length; k++) {
        for (int p = 0; p < ImageSet.PIXELS; p++) {
          out[k][0][p / ImageSet.COLS][p % ImageSet.COLS] = flat.get(k, p);
        }
      }
      return out;
    }

    /** The labels one-hot, (n, 10): small enough to build whole (4.8 MB for 60,000). */
    public Matrix oneHotLabels() {
      return OneHot.encode(set.labels(0, set.size()));
    }
  }
}
