package mnistmlp.plots;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * One notation per logarithmic axis. Left to itself, XChart 3.8.8 labels the decades of one axis
 * partly as 1000 and partly as 1E4. An axis without a decimal pattern of its own gets plain numbers
 * with separators (0.001 … 100,000) when all its values lie in that range, and powers of ten
 * written 1E-12 … 1E0 otherwise.
 */
final class LogAxisLabels {
  private static final String PLAIN = "#,##0.###";
  private static final String POWERS = "0E0";

  private LogAxisLabels() {}

  static void choose(Chart<?, ?> chart) {
    if (!(chart.getStyler() instanceof AxesChartStyler styler)) {
      return;
    }
    if (styler.isXAxisLogarithmic() && styler.getXAxisDecimalPattern() == null) {
      styler.setXAxisDecimalPattern(patternFor(values(chart, true)));
    }
    if (styler.isYAxisLogarithmic() && styler.getYAxisDecimalPattern() == null) {
      styler.setYAxisDecimalPattern(patternFor(values(chart, false)));
    }
  }

  private static String patternFor(List<Double> values) {
    for (double v : values) {
      if (v > 0 && (v < 1e-3 || v >= 1e6)) {
        return POWERS;
      }
    }
    return PLAIN;
  }

  /** The x (or y) values of every series; categories have no x values. */
  private static List<Double> values(Chart<?, ?> chart, boolean x) {
    List<Double> values = new ArrayList<>();
    for (Object series : chart.getSeriesMap().values()) {
      if (series instanceof XYSeries xy) {
        for (double v : x ? xy.getXData() : xy.getYData()) {
          values.add(v);
        }
      } else if (series instanceof CategorySeries bars && !x) {
        addNumbers(values, bars.getYData());
      }
    }
    return values;
  }

  private static void addNumbers(List<Double> values, Collection<? extends Number> numbers) {
    for (Number n : numbers) {
      if (n != null) {
        values.add(n.doubleValue());
      }
    }
  }
}
