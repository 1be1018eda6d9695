package mnistmlp.data;

/** A dataset's training and test parts, and where they came from. */
public record Dataset(DatasetName name, ImageSet train, ImageSet test, DataSource source) {

  /** The notice shown whenever the lessons run on the offline sample. */
  public static final String SAMPLE_NOTICE =
      "NOTE: this is a 10,000-digit sample of MNIST (8,000 train / 2,000 test), not the full set";

  /** For example "MNIST from the user cache (~/.cache/mnist-mlp/mnist): 60000 train, 10000 test". */
  public String summary() {
    String line = name.displayName() + " from " + source.description() + " (" + source.location() + "): "
        + train.size() + " train, " + test.size() + " test";
    return isSample() ? line + "\n" + SAMPLE_NOTICE : line;
  }

  public boolean isSample() {
    return source.sample();
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
