package mnistmlp.plots;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/**
 * Moves a legend that sits inside a corner of the plot to the corner that hides the fewest data
 * points, such as off the last marker of a loss-against-learning-rate curve. A legend over no data
 * stays where the chart put it.
 */
final class LegendCorner {
  private static final List<LegendPosition> CORNERS = List.of(
      LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSE, LegendPosition.InsideSW);

  /** Rough plot size and text width in layout pixels, to estimate the share of the plot a legend covers. */
  private static final double PLOT_WIDTH = 560;
  private static final double PLOT_HEIGHT = 300;
  private static final double CHAR_WIDTH = 7;
  private static final double ROW_HEIGHT = 20;

  private LegendCorner() {}

  static void avoidData(XYChart chart) {
    XYStyler styler = chart.getStyler();
    if (!styler.isLegendVisible() || !CORNERS.contains(styler.getLegendPosition())) {
      return;
    }
    double[] box = legendShare(chart);
    LegendPosition best = styler.getLegendPosition();
    long fewest = hiddenPoints(chart, best, box);
    for (LegendPosition corner : CORNERS) {
      long hidden = hiddenPoints(chart, corner, box);
      if (hidden < fewest) {
        best = corner;
        fewest = hidden;
      }
    }
    styler.setLegendPosition(best);
  }

  /** The legend's width and height as shares of the plot's. */
  private static double[] legendShare(XYChart chart) {
    int longest = 0;
    int rows = 0;
    for (XYSeries series : chart.getSeriesMap().values()) {
      if (series.isShowInLegend()) {
        longest = Math.max(longest, series.getName().length());
        rows++;
      }
    }
    return new double[] {
      Math.min(1, (longest * CHAR_WIDTH + 60) / PLOT_WIDTH), Math.min(1, (rows * ROW_HEIGHT + 16) / PLOT_HEIGHT)
    };
  }

  /** How many data points fall under a legend of that size in that corner. */
  private static long hiddenPoints(XYChart chart, LegendPosition corner, double[] box) {
    boolean logX = chart.getStyler().isXAxisLogarithmic();
    boolean logY = chart.getStyler().isYAxisLogarithmic();
    double[] xRange = range(chart, true, logX);
    double[] yRange = range(chart, false, logY);
    boolean east = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideSE;
    boolean north = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideNW;
    long hidden = 0;
    for (XYSeries series : chart.getSeriesMap().values()) {
      double[] xs = series.getXData();
      double[] ys = series.getYData();
      for (int k = 0; k < xs.length; k++) {
        double u = share(xs[k], xRange, logX);
        double v = share(ys[k], yRange, logY);
        boolean underX = east ? u >= 1 - box[0] : u <= box[0];
        boolean underY = north ? v >= 1 - box[1] : v <= box[1];
        if (underX && underY) {
          hidden++;
        }
      }
    }
    return hidden;
  }

  /** Where a value lies between the smallest and largest, 0 to 1, on a linear or log scale. */
  private static double share(double value, double[] range, boolean log) {
    double t = log ? Math.log10(value) : value;
    return range[1] > range[0] ? (t - range[0]) / (range[1] - range[0]) : 0.5;
  }

  private static double[] range(XYChart chart, boolean x, boolean log) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      for (double value : x ? series.getXData() : series.getYData()) {
        double t = log ? Math.log10(value) : value;
        if (Double.isFinite(t)) {
          low = Math.min(low, t);
          high = Math.max(high, t);
        }
      }
    }
    return new double[] {low, high};
  }
}
