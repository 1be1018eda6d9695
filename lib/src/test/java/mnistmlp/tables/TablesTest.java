package mnistmlp.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  void gradientChecksStackTheComparisons() {
    var comparisons = new java.util.LinkedHashMap<String, List<Difference>>();
    comparisons.put("backprop vs naive", List.of(new Difference("W1", 1e-10, 1e-11, 1e-9)));
    comparisons.put("fast vs naive", List.of(new Difference("W1", 2e-12, 1e-13, 3e-11), new Difference("b1", 0, 0, 0)));
    Table table = Tables.gradientChecks("check", comparisons);
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.stringColumn("compared").asList()).containsExactly("backprop vs naive", "fast vs naive", "fast vs naive");
    assertThat(Tables.html(table)).contains("2.000e-12", "relative", "max |a − b|");
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
  void aKernelInAGermanLocaleStillPrintsDecimalPoints() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Tables.formatDouble(1.5e-9)).isEqualTo("1.500e-09");
      assertThat(Tables.formatDouble(0.91234)).isEqualTo("0.9123");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void captionsAndHeadersAreInTheChosenLanguageButCallersTextsAreKept() {
    Texts.use("zh_CN");
    Table counts = Tables.classCounts(new int[] {1, 3}, new int[] {2, 2});
    assertThat(counts.name()).isEqualTo("各类别的图像数");
    assertThat(counts.columnNames()).containsExactly("数字", "训练数据", "训练数据占比", "测试数据", "测试数据占比");
    assertThat(counts.doubleColumn("训练数据占比").get(1)).isEqualTo(0.75);

    var check = Tables.gradientChecks("检查", Map.of("backprop vs naive", List.of(new Difference("W1", 1, 1, 1))));
    assertThat(check.name()).isEqualTo("检查");
    assertThat(check.columnNames())
        .containsExactly("比较", "参数", "最大 |a − b|", "平均 |a − b|", "相对误差 ‖a − b‖ / (‖a‖ + ‖b‖)");
    assertThat(check.stringColumn("比较").get(0)).isEqualTo("backprop vs naive");
    assertThat(Tables.html(Tables.parameterShapes(TwoLayerNet.mnist(Initialization.BOOK, 1).params())))
        .contains("参数一览", "形状", "元素个数", "合计", "W1");
    Table confusion = Tables.confusion(new int[][] {{1, 0}, {1, 1}});
    assertThat(confusion.name()).isEqualTo("混淆矩阵（行：真实数字，列：预测数字）");
    assertThat(confusion.columnNames()).containsExactly("真实 \\ 预测", "0", "1", "召回率");
  }
}
