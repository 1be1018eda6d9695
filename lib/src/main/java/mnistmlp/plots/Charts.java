package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import mnistmlp.math.Numbers;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart charts in the one style the lessons use: white background, legend inside, lines without
 * markers. Each builder returns the XChart object, so a cell adds series with XChart's own API.
 */
public final class Charts {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 400;

  private Charts() {}

  /** An empty line chart; add series with {@code chart.addSeries(name, xs, ys)}. */
  public static XYChart line(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setMarkerSize(0);
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

  /** A line chart with both axes logarithmic and a marker on every point: for error against h. */
  public static XYChart logLog(String title, String xTitle, String yTitle) {
    XYChart chart = line(title, xTitle, yTitle);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setMarkerSize(6);
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    return chart;
  }

  /** Adds a series with a marker on each point (and a line through them). */
  public static XYSeries addMarkedSeries(XYChart chart, String name, double[] xs, double[] ys) {
    XYSeries series = chart.addSeries(name, xs, ys);
    series.setMarker(SeriesMarkers.CIRCLE);
    return series;
  }

  /** A bar chart of one value per category. */
  public static CategoryChart bar(String title, String xTitle, String yTitle, List<String> categories, double[] values) {
    if (categories.size() != values.length) {
      throw new IllegalArgumentException(categories.size() + " categories but " + values.length + " values");
    }
    CategoryChart chart = emptyBars(title, xTitle, yTitle);
    chart.addSeries(yTitle, categories, toList(values));
    chart.getStyler().setLegendVisible(false);
    return chart;
  }

  /**
   * A bar chart with a logarithmic value axis, for values that span orders of magnitude such as
   * timings. The axis starts a decade below the power of ten under the smallest value (bars need a floor, and
   * zero has no logarithm). Every value must be positive.
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
    chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest)) - 1));
    return chart;
  }

  /** A bar chart of one value per class 0, 1, …, n−1, such as the number of images per digit. */
  public static CategoryChart bar(String title, String xTitle, String yTitle, double[] valuePerClass) {
    return bar(title, xTitle, yTitle, classNames(valuePerClass.length), valuePerClass);
  }

  /** An empty bar chart; add series with {@code chart.addSeries(name, categories, values)}. */
  public static CategoryChart emptyBars(String title, String xTitle, String yTitle) {
    CategoryChart chart =
        new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE); // bars reach the top corners
    return chart;
  }

  /**
   * Histograms of one or more samples over the same bins, drawn as overlapping translucent bars so
   * that two distributions can be compared. Add samples with {@link #addHistogram}.
   */
  public static CategoryChart histogram(String title, String xTitle, String yTitle) {
    CategoryChart chart = emptyBars(title, xTitle, yTitle);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setAvailableSpaceFill(0.98);
    chart.getStyler().setXAxisDecimalPattern("0.##");
    chart.getStyler().setXAxisMaxLabelCount(12);
    chart.getStyler().setXAxisLabelRotation(0);
    return chart;
  }

  /** Adds {@code values} counted into {@code bins} equal bins from {@code min} to {@code max}. */
  public static CategoryChart addHistogram(
      CategoryChart chart, String name, double[] values, int bins, double min, double max) {
    Histogram histogram = new Histogram(toList(values), bins, min, max);
    chart.addSeries(name, histogram.getxAxisData(), histogram.getyAxisData());
    int seriesCount = chart.getSeriesMap().size();
    Color base = PALETTE[(seriesCount - 1) % PALETTE.length];
    chart.getSeriesMap().get(name).setFillColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 140));
    return chart;
  }

  /** "0", "1", …: the digit classes as category names. */
  public static List<String> classNames(int classes) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      names.add(Integer.toString(k));
    }
    return names;
  }

  /**
   * 0, 1, …, n−1 as the x values of a curve indexed by iteration or epoch, passed through {@link
   * #niceTicks} so that a long axis gets readable tick labels.
   */
  public static double[] range(int n) {
    double[] xs = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = k;
    }
    return niceTicks(xs);
  }

  /**
   * The x values, with the last one moved by an invisible 0.001 when they are exactly evenly
   * spaced. XChart 3.8.8 puts the ticks of an evenly spaced axis on data points and, for long
   * series such as 10,000 iterations, lets their labels overlap; any other axis gets its usual
   * round-number ticks (0, 2,000, 4,000, …).
   */
  public static double[] niceTicks(double[] xs) {
    double[] out = xs.clone();
    if (out.length > 2 && evenlySpaced(out)) {
      out[out.length - 1] += 1e-3;
    }
    return out;
  }

  private static boolean evenlySpaced(double[] xs) {
    double step = xs[1] - xs[0];
    for (int k = 2; k < xs.length; k++) {
      if (Math.abs(xs[k] - xs[k - 1] - step) >= 1e-4) {
        return false;
      }
    }
    return true;
  }

  /** n evenly spaced values from {@code from} to {@code to}, like {@code np.linspace}. */
  public static double[] linspace(double from, double to, int n) {
    double[] xs = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = n == 1 ? from : from + (to - from) * k / (n - 1);
    }
    return xs;
  }

  private static final Color[] PALETTE = {
    new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40)
  };

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
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    styler.setSeriesColors(PALETTE);
    styler.setAntiAlias(true);
  }

  private static List<Double> toList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
