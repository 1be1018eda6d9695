package mnistmlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench command's output shape (not its timings: no test here depends on speed). */
class BenchCommandTest {

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      int exit = Main.commandLine().execute(args);
      assertThat(exit).isZero();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static final String[] QUICK = {
    "--synthetic", "--batch-size", "4", "--repeat", "3", "--warmup", "0", "--naive-sample", "6"
  };

  @Test
  void jsonHasEveryMethodAndTheAgreementFigures() {
    String[] args = new String[QUICK.length + 2];
    args[0] = "bench";
    System.arraycopy(QUICK, 0, args, 1, QUICK.length);
    args[args.length - 1] = "--json";
    String json = run(args).trim();

    assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    for (String method : List.of("naive", "incremental", "fast", "backprop")) {
      JsonObject figures = root.getAsJsonObject(method);
      assertThat(figures.get("ms").getAsDouble()).as(method).isPositive();
      assertThat(figures.get("timesBackprop").getAsDouble()).as(method).isPositive();
    }
    assertThat(root.getAsJsonObject("backprop").get("timesBackprop").getAsDouble()).isEqualTo(1.0);
    for (String method : List.of("incremental", "fast")) {
      assertThat(root.getAsJsonObject(method).get("maxAbsDifferenceToNaive").getAsDouble()).as(method).isLessThan(1e-9);
    }
    for (String method : List.of("incremental", "fast", "backprop")) {
      assertThat(root.getAsJsonObject(method).get("cpuMs").getAsDouble()).as(method).isNotNegative();
    }
    assertThat(root.getAsJsonObject("environment").get("cores").getAsInt()).isPositive();
  }

  @Test
  void tableLabelsTheNaiveRowAsExtrapolated() {
    String[] args = new String[QUICK.length + 1];
    args[0] = "bench";
    System.arraycopy(QUICK, 0, args, 1, QUICK.length);
    String table = run(args);

    assertThat(table).contains("naive (6 sampled, extrapolated)", "median ms", "× backprop", "max |Δ naive|",
        "naive / incremental:");
    assertThat(table.lines().filter(line -> line.matches("(naive \\(|incremental |fast |backprop ).*")))
        .hasSize(4);
  }

  @ParameterizedTest
  @CsvSource({
    "--batch-size, 0",
    "--repeat, 0",
    "--naive-sample, -1",
    "--warmup, -2",
    "--init, bogus",
    "--data, /no/such/folder",
    "--data, synthetic",
  })
  void badValuesAreUsageErrorsNamingTheOption(String option, String value) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("bench", option, value);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("mnist-mlp bench: Invalid value for option '" + option + "'");
  }
}
