package mnistmlp.plots;

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
    int height = 34 + Arrays.stream(charts).mapToInt(Chart::getHeight).max().getAsInt();
    Canvas canvas = new Canvas(Arrays.stream(charts).mapToInt(Chart::getWidth).sum(), height, title);
    for (int k = 0, x = 0; k < charts.length; x += charts[k++].getWidth()) {
      canvas.g.drawImage(Figures.draw(charts[k]), x, 34, charts[k].getWidth(), charts[k].getHeight(), null);
    }
    return canvas.done();
  }
}
