package mnistmlp.cli;

import mnistmlp.network.Initialization;
import picocli.CommandLine.Option;

/** {@code --init book|randn}: how a command draws the network's first weights. */
final class InitOption {
  @Option(names = "--init", defaultValue = "book", paramLabel = "book|randn",
      description = "book: 0.01 randn weights, zero biases; randn: standard normal everywhere, as the notes"
          + " (default: ${DEFAULT-VALUE}).")
  Initialization initialization;
}
