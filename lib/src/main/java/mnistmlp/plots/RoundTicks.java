package mnistmlp.plots;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Paints an XY chart so that XChart 3.8.8 gives its x axis round-number ticks (0, 2,000, 4,000, …)
 * from the data's range. Given x values that are exactly evenly spaced, such as iterations 0, 1, …,
 * 9999 or {@code linspace(0.001, 1, 400)}, XChart instead puts a tick on every n-th data value,
 * which gives labels such as 0, 13, 26, … or 0.2513759398. While the chart is painted, an
 * invisible helper series holds one x value half-way between the first two data values, so that
 * the x values no longer look evenly spaced to XChart. It draws nothing, stays inside the data's
 * range, and is removed as soon as the chart is painted: the data are never changed.
 */
final class RoundTicks {
  /** A name no lesson uses: the helper lives only while the chart is painted. */
  private static final String HELPER = "\u2063round-ticks";

  private RoundTicks() {}

  static void paint(XYChart chart, Graphics2D g) {
    boolean helped = !chart.getStyler().isXAxisLogarithmic() && addHelper(chart);
    try {
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      if (helped) {
        chart.removeSeries(HELPER);
      }
    }
  }

  /** Adds the helper if some series has two distinct first x values to put it between. */
  private static boolean addHelper(XYChart chart) {
    if (chart.getSeriesMap().containsKey(HELPER)) {
      return false;
    }
    for (XYSeries series : chart.getSeriesMap().values()) {
      double[] xs = series.getXData();
      double[] ys = series.getYData();
      if (xs.length >= 2 && xs[0] != xs[1] && Double.isFinite(ys[0])) {
        XYSeries helper = chart.addSeries(HELPER, new double[] {(xs[0] + xs[1]) / 2}, new double[] {ys[0]});
        helper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        helper.setMarker(SeriesMarkers.NONE);
        helper.setShowInLegend(false);
        return true;
      }
    }
    return false;
  }
}
