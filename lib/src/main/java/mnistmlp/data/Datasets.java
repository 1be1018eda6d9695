package mnistmlp.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The front door: {@code Dataset d = Datasets.mnist();}. Each load prints one line to stderr saying
 * where the data came from, and the sample notice when it is the offline sample.
 */
public final class Datasets {
  private Datasets() {}

  public static Dataset mnist() {
    return load(DatasetName.MNIST);
  }

  public static Dataset fashion() {
    return load(DatasetName.FASHION);
  }

  public static Dataset load(DatasetName name) {
    return load(name, DataSources.fromEnvironment());
  }

  /** The dataset from {@code directory}, which must hold the four files. */
  public static Dataset load(DatasetName name, Path directory) {
    return fromDirectory(name, directory);
  }

  public static Dataset fromDirectory(DatasetName name, Path directory) {
    return fromDirectory(name, directory, DataSources.fromEnvironment());
  }

  public static Dataset fromDirectory(DatasetName name, Path directory, DataSources sources) {
    return announced(new DatasetLocator(sources).fromDirectory(name, directory), sources);
  }

  /** As {@link #load(DatasetName)}, with the outside world given (for tests and tools). */
  public static Dataset load(DatasetName name, DataSources sources) {
    return announced(new DatasetLocator(sources).locate(name), sources);
  }

  /**
   * The CLI's {@code --data}: "mnist" or "fashion" for the usual sources, else a directory path
   * (then MNIST's file names; the dataset is called MNIST unless the path mentions "fashion").
   */
  public static Dataset fromOption(String value) {
    return fromOption(value, DataSources.fromEnvironment());
  }

  public static Dataset fromOption(String value, DataSources sources) {
    String key = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (key.equals("mnist") || key.equals("fashion") || key.equals("fashion-mnist")) {
      return load(DatasetName.byName(key), sources);
    }
    Path directory = Path.of(value);
    if (!Files.isDirectory(directory)) {
      throw new DataException("--data " + value + ": not 'mnist', 'fashion' or an existing directory");
    }
    DatasetName name = key.contains("fashion") ? DatasetName.FASHION : DatasetName.MNIST;
    return fromDirectory(name, directory, sources);
  }

  /** The book's {@code load_mnist(normalize, flatten, one_hot_label)}. */
  public static BookArrays loadBook(Dataset dataset, boolean normalize, boolean flatten, boolean oneHot) {
    return dataset.book(normalize, flatten, oneHot);
  }

  private static Dataset announced(Dataset dataset, DataSources sources) {
    sources.log().println(dataset.summary());
    return dataset;
  }
}
