package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import mnistmlp.math.Numbers;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart charts in the one style the lessons use: white background, the figures' font, legend
 * inside, lines without markers unless asked for, value labels on bars. Each builder returns the
 * XChart object, so a cell adds series with XChart's own API. {@link Figures#image} draws them at
 * twice the pixel density of {@link #WIDTH} × {@link #HEIGHT}.
 */
public final class Charts {
  /** Layout size in pixels; {@link Figures#image} draws twice as many pixels each way. */
  public static final int WIDTH = 640;
  public static final int HEIGHT = 400;

  private static final Color[] PALETTE = {
    new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40)
  };
  private static final Color REFERENCE = new Color(90, 90, 90);
  private static final BasicStroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private Charts() {}

  /** An empty line chart; add series with {@code chart.addSeries(name, xs, ys)}. */
  public static XYChart line(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisTickMarkSpacingHint(90); // room for labels such as 10,000 or 1E-12
    style(chart.getStyler());
    return chart;
  }

  /** A line chart with a given series already in it. */
  public static XYChart line(String title, String xTitle, String yTitle, String series, double[] xs, double[] ys) {
    XYChart chart = line(title, xTitle, yTitle);
    chart.addSeries(series, xs, ys);
    return chart;
  }

  /** A line chart with both axes logarithmic, legend bottom left: for error against h. */
  public static XYChart logLog(String title, String xTitle, String yTitle) {
    XYChart chart = line(title, xTitle, yTitle);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setAxisTickLabelsFont(ChartFont.plain(10)); // sixteen decades side by side
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    return chart;
  }

  /**
   * A line chart with a logarithmic y axis and the legend outside on the right: for times that
   * span orders of magnitude against a size on an ordinary axis.
   */
  public static XYChart logY(String title, String xTitle, String yTitle) {
    XYChart chart = line(title, xTitle, yTitle);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    return chart;
  }

  /** Adds a series with a marker on each point (and a line through them). */
  public static XYSeries addMarkedSeries(XYChart chart, String name, double[] xs, double[] ys) {
    XYSeries series = chart.addSeries(name, xs, ys);
    series.setMarker(SeriesMarkers.CIRCLE);
    return series;
  }

  /**
   * Adds noisy values twice: every raw value as a faint line named {@code rawName}, and over it
   * their moving average, the mean of the {@code window} values centred on each point (fewer at the
   * ends), as a bold line named {@code smoothedName}. For a loss curve of thousands of mini-batches.
   * Returns the smoothed series.
   */
  public static XYSeries addRawAndSmoothed(
      XYChart chart, String rawName, String smoothedName, double[] xs, double[] ys, int window) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
    }
    XYSeries raw = chart.addSeries(rawName, xs, ys);
    raw.setLineColor(new Color(31, 119, 180, 70));
    raw.setLineWidth(0.8f);
    XYSeries smoothed = chart.addSeries(smoothedName, xs, movingAverage(ys, window));
    smoothed.setLineColor(new Color(8, 48, 107));
    smoothed.setLineWidth(2.2f);
    return smoothed;
  }

  /** The mean of the {@code window} values centred on each index, fewer where the array ends. */
  public static double[] movingAverage(double[] values, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("the window holds at least one value, got " + window);
    }
    double[] prefix = new double[values.length + 1];
    for (int k = 0; k < values.length; k++) {
      prefix[k + 1] = prefix[k] + values[k];
    }
    double[] means = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      int from = Math.max(0, k - window / 2);
      int to = Math.min(values.length, k - window / 2 + window);
      means[k] = (prefix[to] - prefix[from]) / (to - from);
    }
    return means;
  }

  /**
   * A dashed horizontal line at {@code y} across the x range of the series already added, named
   * {@code name} in the legend: a reference level such as chance, 1 in 10. Add it last.
   */
  public static XYSeries addHorizontalLine(XYChart chart, String name, double y) {
    double[] xRange = range(chart, true);
    return reference(chart.addSeries(name, xRange, new double[] {y, y}));
  }

  /**
   * A dashed vertical line at {@code x} over the y range of the series already added, named
   * {@code name} in the legend: a chosen value such as the learning rate used. Add it last.
   */
  public static XYSeries addVerticalLine(XYChart chart, String name, double x) {
    double[] yRange = range(chart, false);
    return reference(chart.addSeries(name, new double[] {x, x}, yRange));
  }

  private static XYSeries reference(XYSeries series) {
    series.setLineColor(REFERENCE);
    series.setLineStyle(DASHED);
    series.setMarker(SeriesMarkers.NONE);
    return series;
  }

  /** The smallest and largest finite x (or y) value of the chart's series. */
  private static double[] range(XYChart chart, boolean x) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      for (double v : x ? series.getXData() : series.getYData()) {
        if (Double.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    if (low > high) {
      throw new IllegalStateException("add the data series first: a reference line spans their range");
    }
    return new double[] {low, high};
  }

  /** A bar chart of one value per category, each bar labelled with its value. */
  public static CategoryChart bar(String title, String xTitle, String yTitle, List<String> categories, double[] values) {
    if (categories.size() != values.length) {
      throw new IllegalArgumentException(categories.size() + " categories but " + values.length + " values");
    }
    CategoryChart chart = emptyBars(title, xTitle, yTitle);
    chart.addSeries(yTitle, categories, toList(values));
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisDecimalPattern(decimalPattern(values)); // for the value labels too
    return chart;
  }

  /**
   * A bar chart with a logarithmic value axis, for values that span orders of magnitude such as
   * timings. Bars need a floor and zero has no logarithm, so the axis starts at the power of ten
   * below the smallest value; every bar is labelled with its value. Every value must be positive.
   */
  public static CategoryChart logBar(String title, String xTitle, String yTitle, List<String> categories, double[] values) {
    double smallest = Double.POSITIVE_INFINITY;
    for (double v : values) {
      if (!Numbers.isPositiveFinite(v)) {
        throw new IllegalArgumentException("a logarithmic axis needs positive, finite values; got " + v);
      }
      smallest = Math.min(smallest, v);
    }
    CategoryChart chart = bar(title, xTitle, yTitle, categories, values);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(Math.pow(10, Math.ceil(Math.log10(smallest)) - 1));
    // One notation for every decade (0.1, 10, 1,000), with the decimals the smallest bar's label needs.
    chart.getStyler().setYAxisDecimalPattern(smallest >= 100 ? "#,##0" : smallest >= 1 ? "#,##0.#" : "#,##0.##");
    chart.getStyler().setPlotGridHorizontalLinesVisible(false); // lines at every 2…9 of each decade: the bars carry their values
    return chart;
  }

  /** A bar chart of one value per class 0, 1, …, n−1, such as the number of images per digit. */
  public static CategoryChart bar(String title, String xTitle, String yTitle, double[] valuePerClass) {
    return bar(title, xTitle, yTitle, classNames(valuePerClass.length), valuePerClass);
  }

  /** An empty bar chart with value labels; add series with {@code chart.addSeries(name, categories, values)}. */
  public static CategoryChart emptyBars(String title, String xTitle, String yTitle) {
    CategoryChart chart =
        new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE); // bars reach the top corners
    // XChart writes value labels inside the bars: lighter bars keep black labels readable.
    chart.getStyler().setSeriesColors(lighter(PALETTE));
    chart.getStyler().setPlotGridVerticalLinesVisible(false); // bars need no line through their middle
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFont(ChartFont.plain(9));
    chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
    chart.getStyler().setLabelsFontColor(Color.BLACK);
    chart.getStyler().setLabelsPosition(1.0);
    return chart;
  }

  /**
   * Histograms of one or more samples, drawn as overlapping translucent steps over a numeric x
   * axis, so that two distributions can be compared. Add samples with {@link #addHistogram}.
   */
  public static XYChart histogram(String title, String xTitle, String yTitle) {
    return histogram(title, xTitle, yTitle, WIDTH, HEIGHT);
  }

  /** An empty histogram of a chosen layout size, such as one of two {@link Panels} side by side. */
  public static XYChart histogram(String title, String xTitle, String yTitle, int width, int height) {
    XYChart chart =
        new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
    chart.getStyler().setXAxisTickMarkSpacingHint(90);
    return chart;
  }

  /** Adds {@code values} counted into {@code bins} equal bins from {@code min} to {@code max}. */
  public static XYChart addHistogram(XYChart chart, String name, double[] values, int bins, double min, double max) {
    Bins counted = Bins.count(values, bins, min, max);
    XYSeries series = chart.addSeries(name, counted.stepXs(), counted.stepYs());
    Color base = PALETTE[(chart.getSeriesMap().size() - 1) % PALETTE.length];
    series.setFillColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 110));
    series.setLineColor(base);
    series.setLineWidth(1f);
    return chart;
  }

  /**
   * Adds {@code values} counted into {@code bins} equal bins over their own range, smallest to
   * largest: a sample much narrower than another keeps its shape instead of falling into one bar.
   */
  public static XYChart addHistogram(XYChart chart, String name, double[] values, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (!(min < max)) {
      throw new IllegalArgumentException("a histogram over the values' own range needs two different values");
    }
    return addHistogram(chart, name, values, bins, min, max);
  }

  /** Digits enough for the largest value: 5,923 or 41.25 or 0.931, never 0.9312688990. */
  private static String decimalPattern(double[] values) {
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
    }
    if (largest >= 100) {
      return "#,##0";
    }
    return largest >= 1 ? "#,##0.##" : "0.###";
  }

  /** "0", "1", …: the digit classes as category names. */
  public static List<String> classNames(int classes) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      names.add(Integer.toString(k));
    }
    return names;
  }

  /** 0, 1, …, n−1: the x values of a curve indexed by iteration or epoch. */
  public static double[] range(int n) {
    double[] xs = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = k;
    }
    return xs;
  }

  /**
   * A copy of {@code xs}, unchanged. It used to nudge evenly spaced values to steer XChart's ticks;
   * {@link Figures#image} now gives every chart round-number ticks without touching the data. Kept
   * for lessons that still call it.
   */
  public static double[] niceTicks(double[] xs) {
    return xs.clone();
  }

  /** n evenly spaced values from {@code from} to {@code to}, like {@code np.linspace}. */
  public static double[] linspace(double from, double to, int n) {
    double[] xs = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = n == 1 ? from : from + (to - from) * k / (n - 1);
    }
    return xs;
  }

  private static void style(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(225, 225, 225));
    // Solid, and only at powers of ten on log axes: dashed lines at every minor tick of a
    // 15-decade axis blur into a grey moiré.
    styler.setPlotGridLinesStroke(new BasicStroke(0.8f));
    styler.setXAxisLogarithmicDecadeOnly(true);
    styler.setYAxisLogarithmicDecadeOnly(true);
    styler.setLegendPosition(Styler.LegendPosition.InsideNE);
    styler.setLegendBorderColor(new Color(200, 200, 200));
    styler.setChartTitleFont(ChartFont.bold(15));
    styler.setAxisTitleFont(ChartFont.plain(13));
    styler.setAxisTickLabelsFont(ChartFont.plain(11));
    styler.setLegendFont(ChartFont.plain(11));
    styler.setAnnotationTextFont(ChartFont.plain(11));
    styler.setSeriesColors(PALETTE);
    styler.setSeriesMarkers(new Marker[] {SeriesMarkers.NONE}); // markers only where asked for
    styler.setMarkerSize(7);
    styler.setAntiAlias(true);
  }

  /** The colours blended 40% of the way to white. */
  private static Color[] lighter(Color[] colours) {
    Color[] light = new Color[colours.length];
    for (int k = 0; k < colours.length; k++) {
      Color c = colours[k];
      light[k] = new Color(blend(c.getRed()), blend(c.getGreen()), blend(c.getBlue()));
    }
    return light;
  }

  private static int blend(int channel) {
    return (int) Math.round(channel + 0.4 * (255 - channel));
  }

  private static List<Double> toList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
