package mnistmlp.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mnistmlp.gradient.GradientCheck.Difference;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.training.ConfusionMatrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesTest {

  @Test
  void classCountsHaveSharesThatSumToOne() {
    int[] train = {10, 20, 30, 40, 0, 0, 0, 0, 0, 0};
    int[] test = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    Table table = Tables.classCounts(train, test);
    assertThat(table.rowCount()).isEqualTo(10);
    assertThat(table.doubleColumn("train share").sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    String html = Tables.html(table);
    assertThat(html).contains("<caption", "Images per class", "<th", "digit", "train share", "<td", ">40<", ">0.4<");
  }

  @Test
  void parameterShapesListTheNotesNetwork() {
    Table table = Tables.parameterShapes(TwoLayerNet.mnist(Initialization.BOOK, 1).params());
    String html = Tables.html(table);
    assertThat(html).contains("W1", "(784, 50)", "39200", "b2", "(1, 10)", "total", "39760");
  }

  @Test
  void gradientCheckPrintsTinyDifferencesInScientificNotation() {
    Table table = Tables.gradientCheck("check", List.of(new Difference("W1", 3.2e-10, 1.1e-11, 2.5e-9)));
    assertThat(Tables.html(table)).contains("W1", "3.200e-10", "max |a − b|");
  }

  @Test
  void timingsCompareWithTheFastest() {
    Table table = Tables.timings("speed", List.of("naive", "backprop"), new double[] {12.0, 0.003});
    assertThat(table.doubleColumn("× the fastest").get(0)).isCloseTo(4000.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThatThrownBy(() -> Tables.timings("t", List.of("a"), new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gradientTimingsSayHowEachTimeWasMeasured() {
    Table table = Tables.gradientTimings("speed", List.of("naive", "fast"), new double[] {40000.0, 1.25},
        List.of("200 sampled, extrapolated", "median of 21"));
    assertThat(table.columnNames()).containsExactly("method", "ms per gradient", "× the fastest", "how measured");
    assertThat(table.doubleColumn("× the fastest").get(0)).isCloseTo(32000.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(Tables.html(table)).contains("median of 21", "1.25");
    assertThatThrownBy(() -> Tables.gradientTimings("t", List.of("a"), new double[] {1}, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gradientChecksStackTheComparisons() {
    var comparisons = new java.util.LinkedHashMap<String, List<Difference>>();
    comparisons.put("backprop vs naive", List.of(new Difference("W1", 1e-10, 1e-11, 1e-9)));
    comparisons.put("fast vs naive", List.of(new Difference("W1", 2e-12, 1e-13, 3e-11), new Difference("b1", 0, 0, 0)));
    Table table = Tables.gradientChecks("check", comparisons);
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.stringColumn("compared").asList()).containsExactly("backprop vs naive", "fast vs naive", "fast vs naive");
    assertThat(Tables.html(table)).contains("2.000e-12", "relative");
  }

  @Test
  void epochsAreNumberedFromOne() {
    Table table = Tables.epochs(new double[] {0.5, 0.8}, new double[] {0.45, 0.75});
    assertThat(table.doubleColumn("epoch").asList()).containsExactly(1.0, 2.0);
    assertThat(Tables.html(Tables.epochs(new double[] {2.5}, new double[] {0.9}, new double[] {0.8}))).contains(">2.5<");
    assertThat(Tables.html(table)).contains("test accuracy", "0.75");
  }

  @Test
  void confusionTableHasRecallPerRow() {
    ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1}, 2);
    Table table = Tables.confusion(cm.counts());
    assertThat(table.columnNames()).containsExactly("true \\ predicted", "0", "1", "recall");
    assertThat(table.doubleColumn("recall").asList()).containsExactly(0.5, 1.0);
  }

  @Test
  void htmlIsEscaped() {
    Table table = Table.create("a < b & c", tech.tablesaw.api.StringColumn.create("x<y", "<script>"));
    assertThat(Tables.html(table)).contains("a &lt; b &amp; c", "x&lt;y", "&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void doublesKeepFourSignificantDigits() {
    assertThat(HtmlTable.formatDouble(5.189915434)).isEqualTo("5.19");
    assertThat(HtmlTable.formatDouble(0.91234)).isEqualTo("0.9123");
    assertThat(HtmlTable.formatDouble(0)).isEqualTo("0");
    assertThat(HtmlTable.formatDouble(1.5e-9)).isEqualTo("1.500e-09");
  }
}
