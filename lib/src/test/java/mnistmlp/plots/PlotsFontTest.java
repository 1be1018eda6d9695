package mnistmlp.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import mnistmlp.math.Matrix;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

/** Every text of a figure is drawn in a font that has its glyphs, or the figure is refused. */
class PlotsFontTest {
  /** U+0378 is unassigned in Unicode: no font has a glyph for it. */
  private static final String NO_GLYPH = "\u0378";

  private static boolean cjkFontInstalled() {
    return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .contains(ChartFont.CJK_FAMILY);
  }

  @Test
  void chartsUseNotoSansCjkWhenItIsInstalledAndTheDefaultFontOtherwise() {
    assertThat(ChartFont.family()).isEqualTo(cjkFontInstalled() ? ChartFont.CJK_FAMILY : Font.SANS_SERIF);
    XYChart chart = Charts.line("t", "x", "y");
    assertThat(chart.getStyler().getChartTitleFont().getFamily()).isEqualTo(ChartFont.plain(10).getFamily());
    assertThat(chart.getStyler().getAxisTickLabelsFont().getFamily()).isEqualTo(ChartFont.plain(10).getFamily());
  }

  @Test
  void chineseTitlesLabelsAndLegendsDrawWithTheCjkFont() {
    assumeTrue(cjkFontInstalled(), "fonts-noto-cjk is not installed");
    XYChart chart = Charts.line("损失函数的图像", "迭代次数", "交叉熵误差", "学习率 η = 0.1", Charts.range(10), Charts.range(10));
    assertThat(PlotsTest.inkedPixels(Figures.image(chart, "test-chinese"))).isGreaterThan(1000);
    assertThat(PlotsTest.inkedPixels(
        DigitGrid.draw("数字", Matrix.zeros(1, 784), List.of("标签 5"), 1))).isGreaterThan(100);
  }

  @Test
  void aTitleTheFontCannotDrawIsRefusedNamingTheFontAndTheText() {
    XYChart chart = Charts.line("loss " + NO_GLYPH, "x", "y", "s", Charts.range(3), Charts.range(3));
    assertThatThrownBy(() -> Figures.image(chart, "test-no-glyph"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ChartFont.plain(10).getFamily())
        .hasMessageContaining("chart title")
        .hasMessageContaining("loss " + NO_GLYPH);
  }

  @Test
  void axisTitlesLegendsAndTickLabelsAreCheckedToo() {
    XYChart axis = Charts.line("t", "x " + NO_GLYPH, "y", "s", Charts.range(3), Charts.range(3));
    assertThatThrownBy(() -> Figures.image(axis, "test-no-glyph")).hasMessageContaining("x-axis title");
    XYChart legend = Charts.line("t", "x", "y", "series " + NO_GLYPH, Charts.range(3), Charts.range(3));
    assertThatThrownBy(() -> Figures.image(legend, "test-no-glyph")).hasMessageContaining("legend entry");
    // Category names become the x tick labels, which exist only once XChart has laid the chart out.
    var bars = Charts.bar("t", "x", "y", List.of("a", "b" + NO_GLYPH), new double[] {1, 2});
    assertThatThrownBy(() -> Figures.image(bars, "test-no-glyph")).hasMessageContaining("x tick label");
  }

  @Test
  void handDrawnFiguresCheckTheirTextBeforeDrawingIt() {
    assertThatThrownBy(() -> DigitGrid.draw("digits", Matrix.zeros(1, 784), List.of("7 " + NO_GLYPH), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("7 " + NO_GLYPH);
    assertThatThrownBy(() -> WeightImages.draw("W1 " + NO_GLYPH, Matrix.zeros(784, 1), 1, 1))
        .hasMessageContaining("W1 " + NO_GLYPH);
  }
}
