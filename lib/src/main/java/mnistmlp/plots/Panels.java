package mnistmlp.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Charts side by side under one title, each on its own axes: for samples whose ranges differ a
 * hundredfold, such as hidden pre-activations under two initialisations, where one shared axis
 * would squeeze the narrow one into a bar or two. Each chart is drawn as {@link Figures#image}
 * draws it; show the row with {@code Figures.image(Panels.row(title, a, b), name)}.
 */
public final class Panels {
  private static final int TITLE_BAND = 34;

  private Panels() {}

  public static BufferedImage row(String title, Chart<?, ?>... charts) {
    if (charts.length == 0) {
      throw new IllegalArgumentException("a row needs at least one chart");
    }
    int width = 0;
    int height = 0;
    for (Chart<?, ?> chart : charts) {
      width += chart.getWidth();
      height = Math.max(height, chart.getHeight());
    }
    BufferedImage image = Canvas.white(width, TITLE_BAND + height);
    Graphics2D g = Canvas.graphics(image);
    Canvas.title(g, title, width);
    int x = 0;
    for (Chart<?, ?> chart : charts) {
      g.drawImage(ChartImage.draw(chart), x, TITLE_BAND, chart.getWidth(), chart.getHeight(), null);
      x += chart.getWidth();
    }
    g.dispose();
    return image;
  }
}
