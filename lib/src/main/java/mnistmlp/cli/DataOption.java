package mnistmlp.cli;

import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.Datasets;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --data mnist|fashion|DIR}, mixed into every command that needs images. The value is
 * checked while the command line is parsed: anything but a dataset's name or an existing
 * directory is a usage error. With {@code --verbose}, the details of the load (failed mirrors)
 * go to the command's error stream.
 */
final class DataOption {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--data", defaultValue = "mnist", paramLabel = "mnist|fashion|DIR", converter = NameOrDirectory.class,
      description = "The images: mnist, fashion, or a directory with the four IDX files (default: ${DEFAULT-VALUE}).")
  String data;

  /** Loads the data set; the data package refuses a part without images, naming its file. */
  Dataset load() {
    return load(DataSources.fromEnvironment());
  }

  Dataset load(DataSources sources) {
    CommandLine commandLine = command.commandLine();
    boolean verbose = commandLine.getParseResult().hasMatchedOption("--verbose");
    return Datasets.fromOption(data, verbose ? sources.withOutput(sources.out(), commandLine.getErr()) : sources);
  }

  /** Accepts what {@link Datasets#fromOption} understands. */
  static final class NameOrDirectory implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!Datasets.isOption(value)) {
        throw new TypeConversionException("'" + value + "' is neither mnist, fashion nor an existing directory");
      }
      return value;
    }
  }
}
