package mnistmlp.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a dataset from a directory holding the four standard files, gzip-compressed
 * ({@code train-images-idx3-ubyte.gz}) or not ({@code train-images-idx3-ubyte}).
 */
final class DirectoryLoader {
  private DirectoryLoader() {}

  static Dataset load(DatasetName name, Path directory, DataSource source) {
    requireFiles(directory);
    ImageSet train = IdxReader.readSet(find(directory, DatasetName.TRAIN_IMAGES), find(directory, DatasetName.TRAIN_LABELS));
    ImageSet test = IdxReader.readSet(find(directory, DatasetName.TEST_IMAGES), find(directory, DatasetName.TEST_LABELS));
    return new Dataset(name, train, test, source);
  }

  /** True when all four files are there (compressed or not). */
  static boolean holdsAll(Path directory) {
    return missing(directory).isEmpty();
  }

  static void requireFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new DataException(directory + ": no such directory");
    }
    List<String> missing = missing(directory);
    if (!missing.isEmpty()) {
      throw new DataException(directory + ": missing " + String.join(", ", missing)
          + " (the four standard MNIST file names, .gz or uncompressed)");
    }
  }

  private static List<String> missing(Path directory) {
    List<String> missing = new ArrayList<>();
    for (String name : List.of(DatasetName.TRAIN_IMAGES, DatasetName.TRAIN_LABELS, DatasetName.TEST_IMAGES, DatasetName.TEST_LABELS)) {
      if (!Files.isRegularFile(find(directory, name))) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** The .gz file when present, else the uncompressed one. */
  private static Path find(Path directory, String gzName) {
    Path gz = directory.resolve(gzName);
    Path raw = directory.resolve(gzName.substring(0, gzName.length() - ".gz".length()));
    return Files.exists(gz) || !Files.exists(raw) ? gz : raw;
  }
}
