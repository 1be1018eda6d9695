package mnistmlp.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;

class PlotsTest {

  /** Pixels that are neither white nor the same as the top-left corner: something was drawn. */
  static long inkedPixels(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          inked++;
        }
      }
    }
    return inked;
  }

  /** The tick labels XChart drew on the x (or y) axis when it last painted the chart, from its non-public state. */
  static List<String> tickLabels(Chart<?, ?> chart, boolean x) {
    Axis<?, ?> axis;
    try {
      Method getter = Chart.class.getDeclaredMethod(x ? "getXAxis" : "getYAxis");
      getter.setAccessible(true);
      axis = (Axis<?, ?>) getter.invoke(chart);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this XChart version hides its axes differently", e);
    }
    AxisTickCalculator ticks = axis.getAxisTickCalculator(); // none before the chart is painted
    List<String> drawn = new ArrayList<>();
    for (int k = 0; ticks != null && k < ticks.getTickLabels().size(); k++) {
      double location = ticks.getTickLocations().get(k);
      // The list runs a step past both ends of the axis; a crowded category axis leaves labels null.
      if (ticks.getTickLabels().get(k) != null && location >= 0
          && location <= (x ? axis.getBounds().getWidth() : axis.getBounds().getHeight())) {
        drawn.add(ticks.getTickLabels().get(k));
      }
    }
    return drawn;
  }

  /** A line chart with one series in it. */
  static XYChart line(String title, String xTitle, String yTitle, String series, double[] xs, double[] ys) {
    XYChart chart = Charts.line(title, xTitle, yTitle);
    chart.addSeries(series, xs, ys);
    return chart;
  }

  @Test
  void lineChartRendersAtItsSize() {
    XYChart chart = line("sigmoid", "x", "σ(x)", "σ", Charts.linspace(-6, 6, 50),
        IntStream.range(0, 50).mapToDouble(k -> 1 / (1 + Math.exp(-(-6 + 12.0 * k / 49)))).toArray());
    BufferedImage image = Figures.image(chart, "test-line");
    assertThat(image.getWidth()).isEqualTo(2 * Charts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(2 * Charts.HEIGHT);
    assertThat(inkedPixels(image)).isGreaterThan(1000);
  }

  @Test
  void logLogHistogramAndBarChartsRender() {
    XYChart logLog = Charts.logLog("error", "h", "error");
    Charts.addMarkedSeries(logLog, "central", new double[] {1e-8, 1e-4, 1e-1}, new double[] {1e-6, 1e-9, 1e-3});
    var histogram = Charts.histogram("a1", "value", "count");
    Charts.addHistogram(histogram, "randn", new Random(1).doubles(500).map(v -> 4 * v - 2).toArray(), 20, -2, 2);
    Charts.addHistogram(histogram, "book", new Random(2).doubles(500).map(v -> v - 0.5).toArray(), 20, -2, 2);
    var bar = Charts.bar("counts", "digit", "images", new double[] {5, 7, 3, 4, 6, 2, 8, 9, 1, 3});
    for (var chart : List.of(logLog, histogram, bar)) {
      assertThat(inkedPixels(Figures.draw(chart))).isGreaterThan(1000);
    }
  }

  @Test
  void binsCountEveryValueInsideTheRangeOnceAndGiveStepCorners() {
    double[] values = {0, 0.1, 0.5, 0.99, 1.0, -0.1, 1.1, Double.NaN};
    XYChart chart = Charts.addHistogram(Charts.histogram("t", "x", "y"), "s", values, 4, 0, 1);
    // 1.0 closes the last bin; −0.1, 1.1 and NaN are outside; the last edge repeats the last count.
    assertThat(chart.getSeriesMap().get("s").getXData()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(chart.getSeriesMap().get("s").getYData()).containsExactly(2, 0, 1, 2, 2);
    assertThatThrownBy(() -> Charts.addHistogram(chart, "none", new double[] {1}, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHistogramOverItsOwnRangeGivesANarrowSampleAllItsBins() {
    XYChart chart = Charts.histogram("a1", "a1", "count");
    Charts.addHistogram(chart, "wide", new Random(8).doubles(1000).map(v -> 80 * v - 40).toArray(), 40, -40, 40);
    double[] narrow = new Random(9).doubles(1000).map(v -> 0.8 * v - 0.4).toArray();
    Charts.addHistogram(chart, "narrow", narrow, 40);
    double[] edges = chart.getSeriesMap().get("narrow").getXData();
    assertThat(edges).hasSize(41);
    assertThat(edges[0]).isEqualTo(Arrays.stream(narrow).min().getAsDouble());
    assertThat(edges[40]).isEqualTo(Arrays.stream(narrow).max().getAsDouble());
    double[] counts = chart.getSeriesMap().get("narrow").getYData();
    assertThat(Arrays.stream(counts, 0, 40).sum()).isEqualTo(1000);
  }

  @Test
  void panelsPutChartsSideBySideEachOnItsOwnAxis() {
    XYChart wide = Charts.histogram("notes", "a1", "count", 400, 300);
    Charts.addHistogram(wide, "notes", new Random(10).doubles(1000).map(v -> 70 * v - 35).toArray(), 40);
    XYChart narrow = Charts.histogram("book", "a1", "count", 400, 300);
    Charts.addHistogram(narrow, "book", new Random(10).doubles(1000).map(v -> 0.7 * v - 0.35).toArray(), 40);
    BufferedImage row = Panels.row("a1", wide, narrow);
    assertThat(row.getWidth()).isEqualTo(2 * 800);
    assertThat(row.getHeight()).isGreaterThan(2 * 300);
    assertThat(tickLabels(wide, true)).contains("-20", "0", "20");
    assertThat(tickLabels(narrow, true)).contains("-0.2", "0", "0.2");
    assertThatThrownBy(() -> Panels.row("none")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLegendSitsUnderThePlotWhereItHidesNoData() throws ReflectiveOperationException {
    XYChart chart = line("loss", "η", "loss", "loss", Charts.range(5), new double[] {2.3, 1.9, 0.6, 0.5, 2.5});
    Charts.addHorizontalLine(chart, "chance", 2.3);
    Figures.image(chart, "test-legend");
    assertThat(chart.getStyler().getLegendPosition()).isEqualTo(LegendPosition.OutsideS);
    double plotBottom = plotBounds(chart).getMaxY();
    chart.getStyler().setLegendVisible(false);
    Figures.image(chart, "test-legend");
    assertThat(plotBottom).isLessThan(plotBounds(chart).getMaxY() - 20); // the legend took room under the plot
  }

  /** Where XChart laid out the plot when it last painted the chart. */
  private static java.awt.geom.Rectangle2D plotBounds(XYChart chart) throws ReflectiveOperationException {
    var field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("plot");
    field.setAccessible(true);
    return ((org.knowm.xchart.internal.chartpart.ChartPart) field.get(chart)).getBounds();
  }

  @Test
  void movingAverageIsTheMeanOfTheWindowCentredOnEachPoint() {
    XYChart chart = Charts.line("loss", "iteration", "loss");
    assertThat(Charts.addRawAndSmoothed(chart, "r", "s", Charts.range(5), new double[] {1, 2, 3, 4, 5}, 3).getYData())
        .containsExactly(1.5, 2, 3, 4, 4.5);
    assertThat(Charts.addRawAndSmoothed(chart, "r1", "s1", Charts.range(2), new double[] {4, 8}, 1).getYData())
        .containsExactly(4, 8);
    assertThatThrownBy(() -> Charts.addRawAndSmoothed(chart, "r0", "s0", Charts.range(1), new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rawAndSmoothedAddBothLines() {
    XYChart chart = Charts.line("loss", "iteration", "loss");
    var smoothed = Charts.addRawAndSmoothed(chart, "raw", "smoothed", Charts.range(5), new double[] {5, 1, 5, 1, 5}, 2);
    assertThat(chart.getSeriesMap()).containsOnlyKeys("raw", "smoothed");
    assertThat(smoothed.getYData()).containsExactly(5, 3, 3, 3, 3); // the first window has only one value
  }

  @Test
  void referenceLinesSpanTheDataAlreadyInTheChart() {
    XYChart chart = line("accuracy", "epoch", "accuracy", "test", new double[] {1, 2, 3}, new double[] {0.8, 0.9, 0.95});
    var chance = Charts.addHorizontalLine(chart, "chance", 0.1);
    assertThat(chance.getXData()).containsExactly(1, 3);
    assertThat(chance.getYData()).containsExactly(0.1, 0.1);
    var used = Charts.addVerticalLine(chart, "used", 2);
    assertThat(used.getXData()).containsExactly(2, 2);
    assertThat(used.getYData()).containsExactly(0.1, 0.95);
    assertThatThrownBy(() -> Charts.addHorizontalLine(Charts.line("t", "x", "y"), "empty", 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void barsAreLabelledWithTheirValuesInFewDigits() {
    var chart = Charts.bar("p", "digit", "probability", new double[] {0.931268899, 0.0000028, 0.052});
    assertThat(chart.getStyler().isLabelsVisible()).isTrue();
    assertThat(chart.getStyler().getYAxisDecimalPattern()).isEqualTo("0.###");
    assertThat(Charts.bar("n", "digit", "images", new double[] {5923, 6742}).getStyler().getYAxisDecimalPattern())
        .isEqualTo("#,##0");
  }

  @Test
  void linspaceIncludesBothEnds() {
    assertThat(Charts.linspace(-1, 1, 5)).containsExactly(-1, -0.5, 0, 0.5, 1);
    assertThat(Charts.range(3)).containsExactly(0, 1, 2);
    assertThat(Charts.classNames(3)).containsExactly("0", "1", "2");
  }

  @Test
  void digitGridHasOneTilePerDigitAndInkWherePixelsAreSet() {
    Matrix digits = Matrix.zeros(6, 784);
    for (int n = 0; n < 6; n++) {
      for (int p = 300; p < 400; p++) {
        digits.set(n, p, 255);
      }
    }
    BufferedImage grid = DigitGrid.draw("digits", digits, List.of("0", "1", "2", "3", "4", "5"), 3);
    assertThat(grid.getWidth()).isGreaterThanOrEqualTo(2 * 3 * 84);
    assertThat(grid.getHeight()).isGreaterThan(2 * 2 * 84);
    assertThat(inkedPixels(grid)).isGreaterThan(6 * 100 * 9 * 4);
    assertThatThrownBy(() -> DigitGrid.draw("x", digits, List.of("only one"), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DigitGrid.draw("x", Matrix.zeros(1, 10), List.of("a"), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightImagesDrawSignedWeightsInColour() {
    Matrix w = Matrix.randn(784, 4, new Random(3));
    BufferedImage tiles = WeightImages.draw("W1", w, 4, 2);
    assertThat(inkedPixels(tiles)).isGreaterThan(4 * 112 * 112 / 2);
    int positive = WeightImages.diverging(1);
    int negative = WeightImages.diverging(-1);
    assertThat((positive >> 16) & 0xFF).isEqualTo(255);
    assertThat(negative & 0xFF).isEqualTo(255);
    assertThat(WeightImages.diverging(0)).isEqualTo(0xFFFFFF);
    assertThat(WeightImages.draw("two", w, new int[] {0, 3}, 2, 3, WeightImages.Scale.PER_TILE).getWidth())
        .isGreaterThanOrEqualTo(2 * 2 * 84);
  }

  @Test
  void sharedScaleLeavesSmallColumnsPale() {
    Matrix w = Matrix.zeros(784, 2);
    for (int p = 0; p < 784; p++) {
      w.set(p, 0, 1.0);
      w.set(p, 1, 0.001);
    }
    BufferedImage perTile = WeightImages.draw("w", w, new int[] {1}, 1, 1, WeightImages.Scale.PER_TILE);
    BufferedImage shared = WeightImages.draw("w", w, new int[] {0, 1}, 2, 1, WeightImages.Scale.SHARED);
    int density = 2; // image pixels per layout pixel
    int tileTop = density * (34 + 14);
    int strongCentre = shared.getRGB(density * (8 + 14), tileTop);
    int paleCentre = shared.getRGB(density * (8 + 28 + 8 + 14), tileTop);
    assertThat(strongCentre).isEqualTo(0xFF000000 | WeightImages.diverging(1));
    assertThat(paleCentre).isEqualTo(0xFF000000 | WeightImages.diverging(0.001));
    assertThat(perTile.getRGB(density * (8 + 14), tileTop)).isEqualTo(0xFF000000 | WeightImages.diverging(1));
  }

  @Test
  void weightImagesCarryAColourBarFromPlusToMinusTheLargestWeight() {
    Matrix w = Matrix.randn(784, 4, new Random(11));
    BufferedImage tiles = WeightImages.draw("W1", w, new int[] {0, 1, 2, 3}, 4, 2, WeightImages.Scale.SHARED);
    int density = 2;
    int stripX = density * (320 + 4 + 7); // the tiles fill the narrowest figure, 320; the strip starts 4 after
    int top = tiles.getRGB(stripX, density * (34 + 8 + 3)); // just inside the strip's grey border
    int bottom = tiles.getRGB(stripX, density * (34 + 8 + 100 - 3));
    assertThat((top >> 16) & 0xFF).isEqualTo(255); // red: +max
    assertThat(top & 0xFF).isLessThan(20);
    assertThat(bottom & 0xFF).isEqualTo(255); // blue: −max
    assertThat((bottom >> 16) & 0xFF).isLessThan(20);
  }

  @Test
  void heatMapDrawsTheFieldAndThePath() {
    var figure = new HeatMapWithArrows("x0² + x1²", (a, b) -> a * a + b * b,
        p -> new double[] {2 * p[0], 2 * p[1]}, -3, 3, -3, 3)
        .path(List.of(new double[] {-3, 2}, new double[] {-1, 1}, new double[] {0, 0}));
    BufferedImage image = figure.draw();
    assertThat(image.getWidth()).isGreaterThan(2 * 480);
    assertThat(inkedPixels(image)).isGreaterThan(4L * 480 * 480 / 2);
  }

  /** Runs {@code body} with the figures' directory property set to {@code value}, then restores it. */
  private static void withDirectory(String value, Runnable body) {
    String previous = System.getProperty(Figures.DIRECTORY_PROPERTY);
    try {
      System.setProperty(Figures.DIRECTORY_PROPERTY, value);
      body.run();
    } finally {
      if (previous == null) {
        System.clearProperty(Figures.DIRECTORY_PROPERTY);
      } else {
        System.setProperty(Figures.DIRECTORY_PROPERTY, previous);
      }
    }
  }

  @Test
  void figuresAreWrittenAtomicallyUnderTheirName(@TempDir Path dir) throws Exception {
    BufferedImage image = DigitGrid.draw("one", Matrix.zeros(1, 784), List.of("0"), 1);
    Path figures = dir.resolve("figures");
    withDirectory(figures.toString(), () -> Figures.image(image, "01-a-digit"));
    assertThat(javax.imageio.ImageIO.read(figures.resolve("01-a-digit.png").toFile()).getWidth())
        .isEqualTo(image.getWidth());
    // Overwriting is fine, and leaves no temporary file.
    withDirectory(figures.toString(), () -> Figures.image(image, "01-a-digit"));
    try (var files = Files.list(figures)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("01-a-digit.png");
    }
  }

  @Test
  void imageWritesThePngOnlyWhenADirectoryIsChosen(@TempDir Path dir) {
    BufferedImage image = DigitGrid.draw("one", Matrix.zeros(1, 784), List.of("0"), 1);
    withDirectory(dir.toString(), () -> assertThat(Figures.image(image, "01-chosen")).isSameAs(image));
    assertThat(dir.resolve("01-chosen.png")).exists();
    withDirectory("", () -> assertThat(Figures.image(image, "01-not-chosen")).isSameAs(image));
    assertThat(dir.resolve("01-not-chosen.png")).doesNotExist();
  }

  @Test
  void figureNamesMustBeStableSlugs() {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> Figures.image(image, "Has Spaces")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Figures.image(image, "../escape")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The tick labels of the lesson charts that once had bad ones, read from XChart's own tick state
   * after the chart is drawn the way the lessons draw it.
   */
  @Nested
  class Ticks {
    @Test
    void minusLogYHasShortRoundTicksUpToOne() {
      double[] ps = Charts.linspace(0.001, 1, 400);
      XYChart chart = line("−log y", "y", "−log y", "−log y", ps, java.util.Arrays.stream(ps).map(p -> -Math.log(p)).toArray());
      Figures.image(chart, "test-minus-log-y");
      List<String> labels = tickLabels(chart, true);
      assertThat(labels).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
    }

    @Test
    void gradientTimesAgainstHiddenUnitsGetRoundTicksUpToTheLargestSize() {
      XYChart chart = Charts.logY("speed", "hidden units", "ms");
      double[] units = {50, 100, 200};
      Charts.addMarkedSeries(chart, "naive", units, new double[] {1.4e5, 5e5, 9e5});
      Charts.addMarkedSeries(chart, "backprop", units, new double[] {2.1, 6.7, 8.4});
      Figures.image(chart, "test-speed");
      List<String> labels = tickLabels(chart, true);
      assertThat(labels).contains("100", "200").hasSizeGreaterThan(3);
      assertThat(labels).allMatch(label -> label.matches("\\d+") && Integer.parseInt(label) % 10 == 0);
    }

    @Test
    void pixelValuesGetTicksEveryFifty() {
      double[] values = IntStream.range(0, 256).asDoubleStream().toArray();
      double[] counts = IntStream.range(0, 256).mapToDouble(v -> 1000 + v).toArray();
      XYChart chart = line("pixels", "pixel value", "count", "pixels", values, counts);
      Figures.image(chart, "test-pixels");
      assertThat(tickLabels(chart, true)).containsExactly("0", "50", "100", "150", "200", "250");
    }

    @Test
    void tenThousandIterationsGetRoundThousands() throws ParseException {
      double[] losses = new Random(4).doubles(10_000).map(v -> 2 * v).toArray();
      XYChart chart = Charts.line("loss", "iteration", "loss");
      Charts.addRawAndSmoothed(chart, "loss", "mean of 100", Charts.range(losses.length), losses, 100);
      Figures.image(chart, "test-loss-curve");
      assertThat(numbers(tickLabels(chart, true))).containsExactly(0.0, 2000.0, 4000.0, 6000.0, 8000.0, 10000.0);
    }

    @Test
    void epochsOneToSixteenGetEvenTicksAndTheChanceLineIsOnTheAxis() throws ParseException {
      double[] epochs = IntStream.rangeClosed(1, 16).asDoubleStream().toArray();
      double[] accuracy = IntStream.rangeClosed(1, 16).mapToDouble(e -> 0.97 - 0.1 / e).toArray();
      XYChart chart = line("accuracy", "epoch", "accuracy", "test", epochs, accuracy);
      Charts.addHorizontalLine(chart, "chance", 0.1);
      Figures.image(chart, "test-accuracy");
      assertThat(numbers(tickLabels(chart, true))).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
      List<Double> y = numbers(tickLabels(chart, false));
      assertThat(y.get(0)).isLessThanOrEqualTo(0.1);
      assertThat(y.get(y.size() - 1)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void activationHistogramHasEvenTicksOverZeroToOne() {
      XYChart chart = Charts.histogram("z1", "z1", "count");
      Charts.addHistogram(chart, "randn", new Random(5).doubles(500).toArray(), 20, 0, 1);
      Charts.addHistogram(chart, "book", new Random(6).doubles(500).map(v -> 0.45 + 0.1 * v).toArray(), 20, 0, 1);
      Figures.image(chart, "test-activations");
      assertThat(tickLabels(chart, true)).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
    }

    @Test
    void logAxesWithinPlainRangeUseOneNotationForEveryDecade() throws ParseException {
      XYChart chart = Charts.logY("speed", "hidden units", "ms");
      Charts.addMarkedSeries(chart, "method", new double[] {50, 100, 200}, new double[] {41234.5, 312.4, 0.83});
      Figures.image(chart, "test-speed");
      List<String> labels = tickLabels(chart, false);
      assertThat(labels).isNotEmpty().noneMatch(label -> label.contains("E"));
      assertThat(numbers(labels)).contains(1.0, 10.0, 100.0, 1000.0, 10000.0);
    }

    @Test
    void logLogAxesOverManyDecadesWritePowersOfTen() {
      XYChart chart = Charts.logLog("error", "h", "error");
      Charts.addMarkedSeries(chart, "central", new double[] {1e-12, 1e-6, 1e-1}, new double[] {1e-4, 1e-10, 1e-3});
      Figures.image(chart, "test-log-log");
      assertThat(tickLabels(chart, true)).isNotEmpty().allMatch(label -> label.contains("E"));
      assertThat(tickLabels(chart, false)).isNotEmpty().allMatch(label -> label.contains("E"));
    }

    @Test
    void drawingAChartLeavesItsDataAsTheyWere() {
      double[] xs = Charts.range(100);
      double[] ys = new Random(7).doubles(100).toArray();
      XYChart chart = line("t", "x", "y", "data", xs, ys);
      Figures.image(chart, "test-untouched");
      assertThat(chart.getSeriesMap()).containsOnlyKeys("data");
      assertThat(chart.getSeriesMap().get("data").getXData()).containsExactly(xs);
      assertThat(chart.getSeriesMap().get("data").getYData()).containsExactly(ys);
      assertThat(xs[99]).isEqualTo(99.0);
    }

    /** Tick labels as numbers, read the way XChart wrote them (the default locale's digits and separators). */
    private static List<Double> numbers(List<String> labels) throws ParseException {
      NumberFormat format = NumberFormat.getNumberInstance();
      List<Double> numbers = new ArrayList<>();
      for (String label : labels) {
        numbers.add(format.parse(label).doubleValue());
      }
      return numbers;
    }
}

  /** Every text of a figure is drawn in a font that has its glyphs, or the figure is refused. */
  @Nested
  class Fonts {
    /** U+0378 is unassigned in Unicode: no font has a glyph for it. */
    private static final String NO_GLYPH = "\u0378";

    private static boolean latinAndChineseFontInstalled() {
      return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
          .anyMatch(ChartFont.LATIN_AND_CHINESE::contains);
    }

    @AfterEach
    void backToEnglish() {
      Texts.use("en");
    }

    @Test
    void bothEditionsDrawInTheSameFamilyWithLatinAndChineseGlyphsWhenOneIsInstalled() {
      assumeTrue(latinAndChineseFontInstalled(), "no font with Latin and Chinese glyphs, such as fonts-noto-cjk");
      String english = ChartFont.family();
      Texts.use("zh_CN");
      assertThat(ChartFont.family()).isEqualTo(english).isIn(ChartFont.LATIN_AND_CHINESE);
      XYChart chart = Charts.line("t", "x", "y");
      assertThat(chart.getStyler().getChartTitleFont().getFamily()).isEqualTo(english);
      assertThat(chart.getStyler().getAxisTickLabelsFont().canDisplayUpTo("损失 loss")).isEqualTo(-1);
    }

    @Test
    void aChineseChartPassesTheFontCheck() {
      Texts.use("zh_CN");
      assumeTrue(ChartFont.plain(12).canDisplayUpTo("损失函数") == -1, "no font with Chinese glyphs is installed");
      XYChart chart = line("损失函数的图像", "迭代次数", "交叉熵误差", "学习率 η = 0.1", Charts.range(10), Charts.range(10));
      Charts.addHorizontalLine(chart, "随机猜测：十分之一", 0.1);
      assertThat(PlotsTest.inkedPixels(Figures.image(chart, "test-chinese"))).isGreaterThan(1000);
      assertThat(PlotsTest.inkedPixels(
          DigitGrid.draw("数字", Matrix.zeros(1, 784), List.of("标签 5"), 1))).isGreaterThan(100);
      // The texts the package writes itself are Chinese too, and drawn.
      assertThat(PlotsTest.inkedPixels(NetworkDiagram.draw(784, 50, 10))).isGreaterThan(20_000);
      assertThat(Texts.tr("hidden layer")).isEqualTo("隐藏层");
    }

    @Test
    void aTitleTheFontCannotDrawIsRefusedNamingTheFontAndTheText() {
      XYChart chart = line("loss " + NO_GLYPH, "x", "y", "s", Charts.range(3), Charts.range(3));
      assertThatThrownBy(() -> Figures.image(chart, "test-no-glyph"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(ChartFont.plain(10).getFamily())
          .hasMessageContaining("chart title")
          .hasMessageContaining("loss " + NO_GLYPH);
    }

    @Test
    void axisTitlesLegendsAndTickLabelsAreCheckedToo() {
      XYChart axis = line("t", "x " + NO_GLYPH, "y", "s", Charts.range(3), Charts.range(3));
      assertThatThrownBy(() -> Figures.image(axis, "test-no-glyph")).hasMessageContaining("x-axis title");
      XYChart legend = line("t", "x", "y", "series " + NO_GLYPH, Charts.range(3), Charts.range(3));
      assertThatThrownBy(() -> Figures.image(legend, "test-no-glyph")).hasMessageContaining("legend entry");
      // Category names become the x tick labels, which exist only once XChart has laid the chart out.
      var bars = Charts.emptyBars("t", "x", "y");
      bars.addSeries("s", List.of("a", "b" + NO_GLYPH), List.of(1, 2));
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

    @Test
    void aChineseTitleWithATextTheFontCannotDrawFailsNamingTheTextAndTheFont() {
      Texts.use("zh_CN");
      XYChart chart = line("损失 " + NO_GLYPH, "x", "y", "s", Charts.range(3), Charts.range(3));
      assertThatThrownBy(() -> Figures.image(chart, "test-no-glyph")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("\"损失 " + NO_GLYPH + "\"").hasMessageContaining("chart title")
          .hasMessageContaining("The font \"" + chart.getStyler().getChartTitleFont().getFontName() + "\"")
          .hasMessageContaining("U+0378");
    }
}
}
