package mnistmlp.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An XChart 3.8.8 chart drawn at {@value #DENSITY}× pixel density with round x ticks and one
 * notation per log axis; then every text it drew is checked against its font.
 */
final class ChartImage {
  /** Image pixels per layout pixel, for charts and hand-drawn figures alike. */
  static final int DENSITY = 2;

  /** A name no lesson uses: the helper series lives only while the chart is painted. */
  private static final String HELPER = "\u2063round-ticks";

  private ChartImage() {}

  static BufferedImage draw(Chart<?, ?> chart) {
    BufferedImage image =
        new BufferedImage(chart.getWidth() * DENSITY, chart.getHeight() * DENSITY, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.scale(DENSITY, DENSITY);
    boolean helped = chart instanceof XYChart xy && prepare(xy);
    try {
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      g.dispose();
      if (helped) {
        chart.removeSeries(HELPER);
      }
    }
    requireDisplayable(chart);
    return image;
  }

  /**
   * XChart labels the decades of one log axis partly as 1000, partly as 1E4; and given evenly
   * spaced x values (iterations 0…9999, a linspace) it ticks every n-th value: 0, 13, 26, … An
   * invisible point half-way between the first two breaks the spacing, so XChart picks round
   * ticks from the range. The data are never changed. Returns true if that point was added.
   */
  private static boolean prepare(XYChart chart) {
    AxesChartStyler styler = chart.getStyler();
    if (styler.isXAxisLogarithmic() && styler.getXAxisDecimalPattern() == null) {
      styler.setXAxisDecimalPattern(logPattern(chart, true));
    }
    if (styler.isYAxisLogarithmic() && styler.getYAxisDecimalPattern() == null) {
      styler.setYAxisDecimalPattern(logPattern(chart, false));
    }
    XYSeries first = chart.getSeriesMap().values().stream().filter(s -> s.getXData().length >= 2
        && s.getXData()[0] != s.getXData()[1] && Double.isFinite(s.getYData()[0])).findFirst().orElse(null);
    if (styler.isXAxisLogarithmic() || first == null || chart.getSeriesMap().containsKey(HELPER)) {
      return false;
    }
    double[] point = {(first.getXData()[0] + first.getXData()[1]) / 2, first.getYData()[0]};
    XYSeries helper = chart.addSeries(HELPER, new double[] {point[0]}, new double[] {point[1]});
    helper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setShowInLegend(false);
    helper.setMarker(SeriesMarkers.NONE);
    return true;
  }

  private static String logPattern(XYChart chart, boolean x) {
    return Charts.values(chart, x).anyMatch(v -> v > 0 && (v < 1e-3 || v >= 1e6)) ? "0E0" : "#,##0.###";
  }

  /** Every text the chart drew: title, axis titles, tick labels, bar value labels, legend. */
  private static void requireDisplayable(Chart<?, ?> chart) {
    Styler styler = chart.getStyler();
    if (styler.isChartTitleVisible()) {
      ChartFont.requireDisplayable(styler.getChartTitleFont(), chart.getTitle(), "chart title");
    }
    if (styler instanceof AxesChartStyler axes) {
      if (axes.isXAxisTitleVisible()) {
        ChartFont.requireDisplayable(axes.getAxisTitleFont(), chart.getXAxisTitle(), "x-axis title");
      }
      if (axes.isYAxisTitleVisible()) {
        ChartFont.requireDisplayable(axes.getAxisTitleFont(), chart.getYAxisTitle(), "y-axis title");
      }
      tickLabels(chart, true).forEach(t -> ChartFont.requireDisplayable(axes.getAxisTickLabelsFont(), t, "x tick label"));
      tickLabels(chart, false).forEach(t -> ChartFont.requireDisplayable(axes.getAxisTickLabelsFont(), t, "y tick label"));
    }
    if (styler instanceof CategoryStyler bars && bars.isLabelsVisible()) {
      DecimalFormat format = new DecimalFormat(bars.getYAxisDecimalPattern() == null ? "#,##0.###" : bars.getYAxisDecimalPattern());
      chart.getSeriesMap().values().stream().flatMap(s -> ((CategorySeries) s).getYData().stream())
          .forEach(y -> ChartFont.requireDisplayable(bars.getLabelsFont(), format.format(y), "bar value label"));
    }
    if (styler.isLegendVisible()) {
      chart.getSeriesMap().values().stream().filter(Series::isShowInLegend)
          .forEach(s -> ChartFont.requireDisplayable(styler.getLegendFont(), s.getName(), "legend entry"));
    }
  }

  /**
   * The tick labels XChart drew on the x (or y) axis when it last painted the chart, read from its
   * non-public state: the figures check them against the font, the tests against what a reader sees.
   */
  static List<String> tickLabels(Chart<?, ?> chart, boolean x) {
    Object pair = read(Chart.class, chart, "axisPair");
    Axis<?, ?> axis = pair == null ? null : (Axis<?, ?>) read(AxisPair.class, pair, x ? "xAxis" : "yAxis");
    AxisTickCalculator ticks = axis == null ? null : axis.getAxisTickCalculator();
    List<String> drawn = new ArrayList<>();
    for (int k = 0; ticks != null && k < ticks.getTickLabels().size(); k++) {
      double location = ticks.getTickLocations().get(k);
      double length = x ? axis.getBounds().getWidth() : axis.getBounds().getHeight();
      // The list runs a step past both ends of the axis; a crowded category axis leaves labels null.
      if (ticks.getTickLabels().get(k) != null && location >= 0 && location <= length) {
        drawn.add(ticks.getTickLabels().get(k));
      }
    }
    return drawn;
  }

  private static Object read(Class<?> declaring, Object owner, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this XChart keeps no " + name + " in " + declaring.getSimpleName(), e);
    }
  }
}
