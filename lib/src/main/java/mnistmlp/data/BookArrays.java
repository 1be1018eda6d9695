package mnistmlp.data;

import mnistmlp.math.Matrix;

/**
 * The book's {@code (x_train, t_train), (x_test, t_test) = load_mnist(normalize, flatten,
 * one_hot_label)}, without turning 60,000 images into 376 MB of doubles at once: each part gives
 * its shapes as the book prints them and converts images when asked, a range at a time.
 */
public record BookArrays(Dataset dataset, boolean normalize, boolean flatten, boolean oneHot) {

  public Part train() {
    return new Part(dataset.train(), normalize, flatten, oneHot);
  }

  public Part test() {
    return new Part(dataset.test(), normalize, flatten, oneHot);
  }

  /** One part (train or test) under the chosen options. */
  public record Part(ImageSet set, boolean normalize, boolean flatten, boolean oneHot) {

    public int size() {
      return set.size();
    }

    /** {@code (60000, 784)} when flattened, else {@code (60000, 1, 28, 28)}: the shape of x. */
    public String xShape() {
      return flatten
          ? "(" + size() + ", " + ImageSet.PIXELS + ")"
          : "(" + size() + ", 1, " + ImageSet.ROWS + ", " + ImageSet.COLS + ")";
    }

    /** {@code (60000, 10)} with one-hot labels, else {@code (60000,)}: the shape of t. */
    public String tShape() {
      return oneHot ? "(" + size() + ", " + OneHot.CLASSES + ")" : "(" + size() + ",)";
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
        for (int r = 0; r < ImageSet.ROWS; r++) {
          for (int c = 0; c < ImageSet.COLS; c++) {
            out[k][0][r][c] = flat.get(k, r * ImageSet.COLS + c);
          }
        }
      }
      return out;
    }

    /** The labels as class indices, the book's t without one-hot. */
    public int[] labels() {
      return set.labels(0, size());
    }

    /** The labels one-hot, (n, 10): small enough to build whole (4.8 MB for 60,000). */
    public Matrix oneHotLabels() {
      return OneHot.encode(labels());
    }

    /** A batch of flat images under this part's {@code normalize} option, with label indices. */
    public Batch batch(int[] indices) {
      return new Batch(set.images(indices, normalize), set.labels(indices));
    }
  }
}
