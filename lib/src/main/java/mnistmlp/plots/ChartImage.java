package mnistmlp.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart drawn at {@value #DENSITY}× pixel density: a 640×400 chart becomes a 1280×800
 * image, sharp on today's screens and in print. Axes get round-number ticks ({@link RoundTicks})
 * and one notation per log axis ({@link LogAxisLabels}), a legend inside the plot goes where it
 * hides the fewest points ({@link LegendCorner}); every text is checked against its font
 * before the image is handed out.
 */
final class ChartImage {
  /** Image pixels per layout pixel, for charts and hand-drawn figures alike. */
  static final int DENSITY = 2;

  private ChartImage() {}

  static BufferedImage draw(Chart<?, ?> chart) {
    BufferedImage image =
        new BufferedImage(chart.getWidth() * DENSITY, chart.getHeight() * DENSITY, BufferedImage.TYPE_INT_RGB);
    LogAxisLabels.choose(chart);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(DENSITY, DENSITY);
      if (chart instanceof XYChart xy) {
        LegendCorner.avoidData(xy);
        RoundTicks.paint(xy, g);
      } else {
        chart.paint(g, chart.getWidth(), chart.getHeight());
      }
    } finally {
      g.dispose();
    }
    ChartTexts.requireDisplayable(chart);
    return image;
  }
}
