package mnistmlp.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mnistmlp.data.Datasets;
import mnistmlp.gradient.Gradients;
import mnistmlp.io.AtomicFiles;
import mnistmlp.math.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code mnist-mlp} command line, one subcommand per step of the lesson. A usage error prints its message and a
 * hint and exits 2, before any work; a runtime error prints one line, {@code mnist-mlp loss: P.npz, key 'W2': missing
 * key (…)}, and exits 1, with the stack trace only under --verbose.
 */
@Command(name = "mnist-mlp", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, showDefaultValues = true,
    version = Main.VERSION,
    description = "A two-layer perceptron for MNIST, trained with numerical gradients and backpropagation.",
    subcommands = {CommandLine.HelpCommand.class, Commands.Data.class, Commands.Loss.class, Commands.Gradient.class,
      Commands.SeedRun.class, Commands.Train.class, Commands.Evaluate.class, BenchCommand.class})
public final class Main extends Commands.Base {
  static final String VERSION = "mnist-mlp 0.1.0";
  static final int MAX_ITERATIONS = 1_000_000; // a hundred times the book's run
  static final String OUT_OF_MEMORY = "out of memory (a heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
      + " MB): use smaller sizes (--batch-size, --hidden, the arrays in the files), or give Java more with -Xmx,"
      + " e.g. java -Xmx4g -jar mnist-mlp.jar ...";

  /** By option, its check: the fault or null. The bounds keep a typing slip from costing more than a lesson needs. */
  private static final Map<String, UnaryOperator<String>> CHECKS = Map.ofEntries(
      Map.entry("--batch-size", within(1, 60_000)), // up to the whole MNIST training set at once
      Map.entry("--hidden", within(1, 10_000)),
      Map.entry("--iters", within(0, MAX_ITERATIONS)), Map.entry("--epochs", within(0, MAX_ITERATIONS)),
      Map.entry("--steps", within(0, MAX_ITERATIONS)),
      Map.entry("--repeat", within(1, MAX_ITERATIONS)), Map.entry("--naive-sample", within(1, MAX_ITERATIONS)),
      Map.entry("--lr", Main::positive), Map.entry("--h", Main::positive),
      Map.entry("--warmup", text -> Double.parseDouble(text) == 0 || positive(text) == null ? null
          : "must be a number of seconds >= 0, got " + text),
      Map.entry("--data", Main::dataset), Map.entry("--dataset", Main::dataset),
      Map.entry("--method", Main::method), Map.entry("--gradient", Main::method),
      Map.entry("--save", Main::unwritable), Map.entry("--history", Main::unwritable), Map.entry("--out", Main::unwritable));

  @Option(names = "--verbose", scope = ScopeType.INHERIT, // set here when given to any command on the path
      description = "Show details (such as failed mirrors) and the stack trace of an error.")
  boolean verbose;

  /** The command line with its checks and its rule for failures, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    Main main = new Main();
    return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true).setExecutionStrategy(parsed -> {
      check(parsed);
      return new CommandLine.RunLast().execute(parsed);
    }).setParameterExceptionHandler((e, args) -> {
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      String hint = "Try '" + command + " --help' for more information.";
      e.getCommandLine().getErr().printf("%s: %s%n%s%n", command, e.getMessage(), hint);
      return ExitCode.USAGE;
    }).setExecutionExceptionHandler((e, cli, parsed) -> {
      // a worker thread wraps the OutOfMemoryError it met
      boolean outOfMemory = Stream.iterate((Throwable) e, Objects::nonNull, Throwable::getCause)
          .anyMatch(t -> t instanceof OutOfMemoryError);
      cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + (outOfMemory ? OUT_OF_MEMORY : describe(e)));
      if (main.verbose) {
        e.printStackTrace(cli.getErr());
      }
      return ExitCode.SOFTWARE;
    });
  }

  public static void main(String[] args) {
    try {
      System.exit(commandLine().execute(args));
    } catch (OutOfMemoryError e) { // the heap is free again once the command has unwound
      System.err.println("mnist-mlp: " + OUT_OF_MEMORY);
      System.exit(ExitCode.SOFTWARE);
    }
  }

  /** One line that names the problem; file-system errors get the file and what is wrong with it. */
  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    String kind = e.getClass().getSimpleName();
    boolean expected = !(e instanceof RuntimeException) || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException || e.getClass().getPackageName().startsWith("mnistmlp");
    String line = e instanceof NoSuchFileException f ? f.getFile() + ": no such file"
        : e instanceof AccessDeniedException f ? f.getFile() + ": permission denied"
        : e instanceof FileSystemException f ? f.getFile() + ": " + Objects.requireNonNullElse(f.getReason(), kind)
        : e.getMessage() == null || e.getMessage().isBlank() ? kind
        : expected ? e.getMessage()
        : kind + ": " + e.getMessage(); // an unexpected failure: say which kind
    return line.replace('\n', ' ');
  }

  /** Checks the options given to every command on the path, before any of them runs. */
  private static void check(ParseResult parsed) {
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      for (OptionSpec option : r.matchedOptions()) {
        UnaryOperator<String> check = CHECKS.get(option.longestName());
        String fault = check == null ? null : check.apply(option.originalStringValues().get(0));
        if (fault != null) {
          throw new ParameterException(r.commandSpec().commandLine(),
              "Invalid value for option '" + option.longestName() + "': " + fault);
        }
      }
    }
  }

  private static UnaryOperator<String> within(int min, int max) {
    return text -> {
      long value = Long.parseLong(text.strip());
      return value < min ? "must be at least " + min + ", got " + text
          : value > max ? "must be at most " + max + ", got " + text : null;
    };
  }

  private static String positive(String text) {
    return Numbers.isPositiveFinite(Double.parseDouble(text)) ? null : "must be a positive number, got " + text;
  }

  private static String dataset(String text) {
    return Datasets.isOption(text) ? null : "'" + text + "' is neither mnist, fashion nor an existing directory";
  }

  private static String method(String text) {
    return Gradients.names().contains(text) ? null
        : "unknown gradient method '" + text + "': use one of " + Gradients.names();
  }

  /** Where writing would fail later or do harm: a directory, a device, a parent that is a file, no permission. */
  private static String unwritable(String text) {
    try {
      AtomicFiles.checkWritable(Path.of(text));
      return null;
    } catch (FileSystemException e) {
      String culprit = e.getFile() + " " + e.getReason();
      return e.getFile().equals(text) ? culprit : "cannot write " + text + ": " + culprit;
    }
  }
}
