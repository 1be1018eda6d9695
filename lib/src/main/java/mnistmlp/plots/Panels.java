package mnistmlp.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts side by side under one title, each on its own axes: for samples whose ranges differ a hundredfold. */
public final class Panels {
  private Panels() {}

  public static BufferedImage row(String title, Chart<?, ?>... charts) {
    if (charts.length == 0) {
      throw new IllegalArgumentException("a row needs at least one chart");
    }
    int width = Arrays.stream(charts).mapToInt(Chart::getWidth).sum();
    BufferedImage image = Canvas.image(width, 34 + Arrays.stream(charts).mapToInt(Chart::getHeight).max().getAsInt());
    Graphics2D g = Canvas.titled(image, title);
    for (int k = 0, x = 0; k < charts.length; x += charts[k++].getWidth()) {
      g.drawImage(Figures.draw(charts[k]), x, 34, charts[k].getWidth(), charts[k].getHeight(), null);
    }
    g.dispose();
    return image;
  }
}
