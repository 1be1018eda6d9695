package mnistmlp.cli;

import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import picocli.CommandLine.Option;

/** {@code --data mnist|fashion|DIR}, mixed into the commands that need images. */
final class DataOption {
  @Option(names = "--data", defaultValue = "mnist", paramLabel = "mnist|fashion|DIR",
      description = "The images: mnist, fashion, or a directory with the four IDX files (default: ${DEFAULT-VALUE}).")
  String data;

  /** Loads the data set; the data package says on stderr where it came from. */
  Dataset load() {
    return Datasets.fromOption(data);
  }
}
