package mnistmlp.plots;

import static java.util.Arrays.asList;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import mnistmlp.io.AtomicFiles;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The image a cell displays, {@code display(Figures.image(chart, "02-sigmoid"))}, also saved as
 * {@code <name>.png} when {@value #DIRECTORY_VARIABLE} names a directory: one command regenerates every figure.
 */
public final class Figures {
  public static final String DIRECTORY_VARIABLE = "MNIST_MLP_FIGURES";
  /** Takes the place of the variable when set: a JVM cannot change its own environment. */
  public static final String DIRECTORY_PROPERTY = "mnistmlp.figures";

  /** Image pixels per layout pixel, for charts and hand-drawn figures alike. */
  static final int DENSITY = 2;

  /** A name no lesson uses: the helper series lives only while the chart is painted. */
  private static final String HELPER = "\u2063round-ticks";

  private Figures() {}

  /** The chart at {@value #DENSITY}× its pixel density, round x ticks, every word checked against its font. */
  public static BufferedImage image(Chart<?, ?> chart, String name) {
    return image(draw(chart), name);
  }

  public static BufferedImage image(BufferedImage image, String name) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "figure names are lower-case letters, digits and dashes, like 03-forward-pass; got '" + name + "'");
    }
    String dir = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
    if (dir == null || dir.isBlank()) {
      return image;
    }
    try { // through a temporary file: a reader never sees half a figure
      AtomicFiles.write(Path.of(dir, name + ".png"), out -> {
        if (!ImageIO.write(image, "png", out)) {
          throw new IOException("no PNG writer for this image type");
        }
      });
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write figure " + name + " to " + dir, e);
    }
  }

  static BufferedImage draw(Chart<?, ?> chart) {
    BufferedImage image =
        new BufferedImage(chart.getWidth() * DENSITY, chart.getHeight() * DENSITY, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.scale(DENSITY, DENSITY);
    Styler styler = chart.getStyler(); // a legend under the plot takes a row, one inside it a column
    boolean under = styler.getLegendPosition() == LegendPosition.OutsideS;
    styler.setLegendLayout(under ? LegendLayout.Horizontal : LegendLayout.Vertical);
    if (chart instanceof XYChart xy) {
      prepare(xy);
    }
    try {
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      g.dispose();
      chart.removeSeries(HELPER); // if prepare added it
    }
    requireDisplayable(chart);
    return image;
  }

  /**
   * XChart labels the decades of one log axis partly as 1000, partly as 1E4; and given evenly
   * spaced x values (iterations 0…9999, a linspace) it ticks every n-th value: 0, 13, 26, … An
   * invisible point half-way between the first two breaks the spacing, so XChart picks round
   * ticks from the range. The data are never changed.
   */
  private static void prepare(XYChart chart) {
    AxesChartStyler styler = chart.getStyler();
    if (styler.isXAxisLogarithmic() && styler.getXAxisDecimalPattern() == null) {
      styler.setXAxisDecimalPattern(logPattern(chart, true));
    }
    if (styler.isYAxisLogarithmic() && styler.getYAxisDecimalPattern() == null) {
      styler.setYAxisDecimalPattern(logPattern(chart, false));
    }
    XYSeries first = chart.getSeriesMap().values().stream().filter(s -> s.getXData().length >= 2
        && s.getXData()[0] != s.getXData()[1] && Double.isFinite(s.getYData()[0])).findFirst().orElse(null);
    if (!styler.isXAxisLogarithmic() && first != null) {
      double[] x = {(first.getXData()[0] + first.getXData()[1]) / 2};
      XYSeries helper = chart.addSeries(HELPER, x, new double[] {first.getYData()[0]});
      helper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setShowInLegend(false);
      helper.setMarker(SeriesMarkers.NONE);
    }
  }

  private static String logPattern(XYChart chart, boolean x) {
    return Charts.values(chart, x).anyMatch(v -> v > 0 && (v < 1e-3 || v >= 1e6)) ? "0E0" : "#,##0.###";
  }

  /**
   * Every word the chart drew, checked against its font. Numbers (ticks, value labels) are left out:
   * ASCII digits and signs, which {@link ChartFont#family} asks of every family it picks.
   */
  private static void requireDisplayable(Chart<?, ?> chart) {
    Styler styler = chart.getStyler();
    check(styler.getChartTitleFont(), "chart title", styler.isChartTitleVisible(), asList(chart.getTitle()));
    if (styler instanceof AxesChartStyler axes) {
      check(axes.getAxisTitleFont(), "x-axis title", axes.isXAxisTitleVisible(), asList(chart.getXAxisTitle()));
      check(axes.getAxisTitleFont(), "y-axis title", axes.isYAxisTitleVisible(), asList(chart.getYAxisTitle()));
    }
    if (styler instanceof CategoryStyler bars) {
      check(bars.getAxisTickLabelsFont(), "x tick label", bars.isXAxisTicksVisible(), chart.getSeriesMap().values()
          .stream().flatMap(s -> ((CategorySeries) s).getXData().stream()).map(String::valueOf).toList());
    }
    check(styler.getLegendFont(), "legend entry", styler.isLegendVisible(),
        chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getName).toList());
  }

  private static void check(Font font, String role, boolean drawn, List<String> texts) {
    for (String text : drawn ? texts : List.<String>of()) {
      ChartFont.requireDisplayable(font, text, role);
    }
  }
}
