package mnistmlp.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mnistmlp.gradient.GradientCheck.Difference;
import mnistmlp.network.Initialization;
import mnistmlp.network.TwoLayerNet;
import mnistmlp.text.Texts;
import mnistmlp.training.ConfusionMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesTest {

  @AfterEach
  void backToEnglish() {
    Texts.use("en");
  }

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
    assertThat(Tables.formatDouble(5.189915434)).isEqualTo("5.19");
    assertThat(Tables.formatDouble(0.91234)).isEqualTo("0.9123");
    assertThat(Tables.formatDouble(0)).isEqualTo("0");
    assertThat(Tables.formatDouble(1.5e-9)).isEqualTo("1.500e-09");
  }

  @Test
  void captionsAndHeadersAreInTheChosenLanguageButCallersTextsAreKept() {
    Texts.use("zh_CN");
    Table counts = Tables.classCounts(new int[] {1, 3}, new int[] {2, 2});
    assertThat(counts.name()).isEqualTo("各类别的图像数");
    assertThat(counts.columnNames()).containsExactly("数字", "训练集", "训练集占比", "测试集", "测试集占比");
    assertThat(counts.doubleColumn("训练集占比").get(1)).isEqualTo(0.75);

    Table timings = Tables.gradientTimings("速度", List.of("naive", "fast"), new double[] {8.0, 2.0}, List.of("a", "b"));
    assertThat(timings.name()).isEqualTo("速度");
    assertThat(timings.columnNames()).containsExactly("方法", "每次梯度的毫秒数", "相对最快者的倍数", "测量方式");
    assertThat(timings.stringColumn("方法").asList()).containsExactly("naive", "fast");

    assertThat(Tables.gradientCheck("check", List.of(new Difference("W1", 1, 1, 1))).columnNames())
        .containsExactly("参数", "最大 |a − b|", "平均 |a − b|", "相对误差 ‖a − b‖ / (‖a‖ + ‖b‖)");
    assertThat(Tables.html(Tables.parameterShapes(TwoLayerNet.mnist(Initialization.BOOK, 1).params())))
        .contains("参数一览", "形状", "元素个数", "合计", "W1");
    assertThat(Tables.epochs(new double[] {0.9}, new double[] {0.8}).columnNames())
        .containsExactly("epoch", "训练数据的识别精度", "测试数据的识别精度");
    Table confusion = Tables.confusion(new int[][] {{1, 0}, {1, 1}});
    assertThat(confusion.name()).isEqualTo("混淆矩阵（行：真实数字，列：预测数字）");
    assertThat(confusion.columnNames()).containsExactly("真实 \\ 预测", "0", "1", "召回率");
  }
}
