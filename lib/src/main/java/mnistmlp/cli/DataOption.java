package mnistmlp.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.data.Datasets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --data mnist|fashion|DIR}, mixed into every command that needs images. The value is
 * checked while the command line is parsed: anything but a dataset's name or an existing
 * directory is a usage error.
 */
final class DataOption {
  @Option(names = "--data", defaultValue = "mnist", paramLabel = "mnist|fashion|DIR", converter = NameOrDirectory.class,
      description = "The images: mnist, fashion, or a directory with the four IDX files (default: ${DEFAULT-VALUE}).")
  String data;

  /** Loads the data set; the data package refuses a part without images, naming its file. */
  Dataset load() {
    return Datasets.fromOption(data);
  }

  /** Accepts what {@link Datasets#fromOption} understands. */
  static final class NameOrDirectory implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (isDatasetName(value) || isDirectory(value)) {
        return value;
      }
      throw new TypeConversionException("'" + value + "' is neither mnist, fashion nor an existing directory");
    }

    private static boolean isDatasetName(String value) {
      try {
        DatasetName.byName(value);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private static boolean isDirectory(String value) {
      try {
        return Files.isDirectory(Path.of(value));
      } catch (InvalidPathException e) {
        return false;
      }
    }
  }
}
