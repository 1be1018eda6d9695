package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** XChart charts in the lessons' one style, legend under the plot where it hides no data; add series with XChart. */
public final class Charts {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 400;

  private static final Color[] PALETTE = {
    new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40)
  };
  /** The palette 40% lighter: XChart writes value labels inside bars, and black stays readable on these. */
  private static final Color[] LIGHT = {
    new Color(121, 173, 210), new Color(255, 178, 110), new Color(128, 198, 128), new Color(230, 125, 126)
  };

  private Charts() {}

  public static XYChart line(String title, String xTitle, String yTitle) {
    return xy(title, xTitle, yTitle, WIDTH, HEIGHT, XYSeriesRenderStyle.Line);
  }

  public static XYChart logLog(String title, String xTitle, String yTitle) {
    XYChart chart = logY(title, xTitle, yTitle);
    chart.getStyler().setXAxisLogarithmic(true);
    return chart;
  }

  public static XYChart logY(String title, String xTitle, String yTitle) {
    XYChart chart = line(title, xTitle, yTitle);
    chart.getStyler().setYAxisLogarithmic(true);
    return chart;
  }

  public static XYSeries addMarkedSeries(XYChart chart, String name, double[] xs, double[] ys) {
    return (XYSeries) chart.addSeries(name, xs, ys).setMarker(SeriesMarkers.CIRCLE);
  }

  /**
   * Every value as a faint line, and over it a bold line of their moving average: the mean of the
   * {@code window} values centred on each point (fewer at the ends). Returns the smoothed series.
   */
  public static XYSeries addRawAndSmoothed(
      XYChart chart, String rawName, String smoothedName, double[] xs, double[] ys, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("the window holds at least one value, got " + window);
    }
    chart.addSeries(rawName, xs, ys).setLineColor(new Color(31, 119, 180, 70)).setLineWidth(0.8f);
    double[] means = IntStream.range(0, ys.length).mapToDouble(k -> Arrays.stream(ys,
        Math.max(0, k - window / 2), Math.min(ys.length, k - window / 2 + window)).average().getAsDouble()).toArray();
    XYSeries smoothed = chart.addSeries(smoothedName, xs, means);
    smoothed.setLineColor(new Color(8, 48, 107)).setLineWidth(2.2f);
    return smoothed;
  }

  /** A dashed line at {@code y} across the x range of the series already added, such as chance. */
  public static XYSeries addHorizontalLine(XYChart chart, String name, double y) {
    return dashed(chart.addSeries(name, span(chart, true), new double[] {y, y}));
  }

  /** A dashed line at {@code x} over the y range of the series already added, such as a chosen rate. */
  public static XYSeries addVerticalLine(XYChart chart, String name, double x) {
    return dashed(chart.addSeries(name, new double[] {x, x}, span(chart, false)));
  }

  private static XYSeries dashed(XYSeries series) {
    series.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY).setLineStyle(new BasicStroke(1.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    return series;
  }

  /** {min, max} of the finite x (or y) values of the series already added. */
  private static double[] span(XYChart chart, boolean x) {
    DoubleSummaryStatistics range = values(chart, x).filter(Double::isFinite).summaryStatistics();
    if (range.getCount() == 0) {
      throw new IllegalStateException("add the data series first: a reference line spans their range");
    }
    return new double[] {range.getMin(), range.getMax()};
  }

  static DoubleStream values(XYChart chart, boolean x) {
    return chart.getSeriesMap().values().stream().flatMapToDouble(s -> DoubleStream.of(x ? s.getXData() : s.getYData()));
  }

  /** Bars of one value per class 0, 1, …, each labelled with its value in as few digits as it needs. */
  public static CategoryChart bar(String title, String xTitle, String yTitle, double[] valuePerClass) {
    CategoryChart chart = emptyBars(title, xTitle, yTitle);
    chart.addSeries(yTitle, classNames(valuePerClass.length), Arrays.stream(valuePerClass).boxed().toList());
    double largest = Arrays.stream(valuePerClass).map(Math::abs).max().orElse(0);
    chart.getStyler().setYAxisDecimalPattern(largest >= 100 ? "#,##0" : largest >= 1 ? "#,##0.##" : "0.###")
        .setLegendVisible(false); // the pattern formats the value labels too
    return chart;
  }

  /** Bars labelled with their values; add series with {@code chart.addSeries(name, categories, values)}. */
  public static CategoryChart emptyBars(String title, String xTitle, String yTitle) {
    CategoryChart chart = style(new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build());
    chart.getStyler().setLabelsVisible(true).setLabelsFont(ChartFont.plain(9)).setLabelsPosition(1.0)
        .setLabelsFontColorAutomaticEnabled(false).setLabelsFontColor(Color.BLACK)
        .setPlotGridVerticalLinesVisible(false).setSeriesColors(LIGHT);
    return chart;
  }

  /** Overlapping translucent histograms on a numeric axis; add samples with {@link #addHistogram}. */
  public static XYChart histogram(String title, String xTitle, String yTitle) {
    return histogram(title, xTitle, yTitle, WIDTH, HEIGHT);
  }

  /** An empty histogram of a chosen layout size, such as one of two {@link Panels}. */
  public static XYChart histogram(String title, String xTitle, String yTitle, int width, int height) {
    return xy(title, xTitle, yTitle, width, height, XYSeriesRenderStyle.StepArea);
  }

  /** {@code values} counted into {@code bins} equal bins from min to max; values outside are left out. */
  public static XYChart addHistogram(XYChart chart, String name, double[] values, int bins, double min, double max) {
    if (bins < 1 || !(min < max)) {
      throw new IllegalArgumentException("need a bin and min < max, got " + bins + " bins over " + min + ".." + max);
    }
    List<Double> inside = Arrays.stream(values).filter(v -> v >= min && v <= max).boxed().toList(); // not NaN
    List<Double> counts = new ArrayList<>(new Histogram(inside, bins, min, max).getyAxisData());
    counts.add(counts.get(bins - 1)); // the last edge repeats the last count: a step line's corners
    Color base = PALETTE[chart.getSeriesMap().size() % PALETTE.length];
    chart.addSeries(name, Arrays.stream(linspace(min, max, bins + 1)).boxed().toList(), counts)
        .setLineColor(base).setLineWidth(1f)
        .setFillColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 110));
    return chart;
  }

  /** Bins over the values' own range: a sample narrower than another keeps its shape. */
  public static XYChart addHistogram(XYChart chart, String name, double[] values, int bins) {
    DoubleSummaryStatistics range = Arrays.stream(values).summaryStatistics();
    if (!(range.getMin() < range.getMax())) {
      throw new IllegalArgumentException("a histogram over the values' own range needs two different values");
    }
    return addHistogram(chart, name, values, bins, range.getMin(), range.getMax());
  }

  public static List<String> classNames(int classes) {
    return IntStream.range(0, classes).mapToObj(Integer::toString).toList();
  }

  public static double[] range(int n) {
    return IntStream.range(0, n).asDoubleStream().toArray();
  }

  /** n evenly spaced values from {@code from} to {@code to}, like {@code np.linspace}. */
  public static double[] linspace(double from, double to, int n) {
    return IntStream.range(0, n).mapToDouble(k -> n == 1 ? from : from + (to - from) * k / (n - 1)).toArray();
  }

  private static XYChart xy(String title, String xTitle, String yTitle, int width, int height, XYSeriesRenderStyle style) {
    XYChart chart = style(new XYChartBuilder().width(width).height(height).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build());
    chart.getStyler().setXAxisTickMarkSpacingHint(90); // room for labels such as 10,000
    chart.getStyler().setDefaultSeriesRenderStyle(style);
    return chart;
  }

  private static <C extends Chart<? extends AxesChartStyler, ?>> C style(C chart) {
    // Solid grid lines, at powers of ten only: dashes at each minor tick of 15 decades blur into moiré.
    chart.getStyler().setPlotGridLinesStroke(new BasicStroke(0.8f)).setXAxisLogarithmicDecadeOnly(true)
        .setYAxisLogarithmicDecadeOnly(true).setPlotGridLinesColor(new Color(225, 225, 225))
        .setAxisTitleFont(ChartFont.plain(13)).setAxisTickLabelsFont(ChartFont.plain(11))
        .setPlotBackgroundColor(Color.WHITE).setChartBackgroundColor(Color.WHITE)
        .setLegendBorderColor(Color.LIGHT_GRAY).setChartTitleFont(ChartFont.bold(15))
        .setLegendFont(ChartFont.plain(11)).setSeriesColors(PALETTE)
        .setSeriesMarkers(new Marker[] {SeriesMarkers.NONE}) // markers only where asked for
        .setMarkerSize(7).setLegendPosition(LegendPosition.OutsideS);
    return chart;
  }
}
