package mnistmlp.plots;

import java.text.DecimalFormat;
import java.text.Format;
import java.text.NumberFormat;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Every text an XChart chart draws — title, axis titles, tick labels, bar labels, legend — checked against the
 * font that draws it. Tick labels exist only once the chart has been painted, so the check runs
 * after painting and before the image is shown or saved.
 */
final class ChartTexts {
  private ChartTexts() {}

  static void requireDisplayable(Chart<?, ?> chart) {
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
      for (String label : AxisTicks.xLabels(chart)) {
        ChartFont.requireDisplayable(axes.getAxisTickLabelsFont(), label, "x tick label");
      }
      for (String label : AxisTicks.yLabels(chart)) {
        ChartFont.requireDisplayable(axes.getAxisTickLabelsFont(), label, "y tick label");
      }
    }
    if (styler instanceof CategoryStyler bars && bars.isLabelsVisible()) {
      requireValueLabels(chart, bars);
    }
    if (styler.isLegendVisible()) {
      for (Series series : chart.getSeriesMap().values()) {
        if (series.isShowInLegend()) {
          ChartFont.requireDisplayable(styler.getLegendFont(), series.getName(), "legend entry");
        }
      }
    }
  }

  /** The numbers written on the bars, formatted as the value axis formats them. */
  private static void requireValueLabels(Chart<?, ?> chart, CategoryStyler styler) {
    String pattern = styler.getYAxisDecimalPattern();
    Format format = pattern == null ? NumberFormat.getNumberInstance() : new DecimalFormat(pattern);
    for (Object series : chart.getSeriesMap().values()) {
      for (Number value : ((CategorySeries) series).getYData()) {
        if (value != null) {
          ChartFont.requireDisplayable(styler.getLabelsFont(), format.format(value.doubleValue()), "bar value label");
        }
      }
    }
  }
}
