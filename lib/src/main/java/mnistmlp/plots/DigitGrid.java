package mnistmlp.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import mnistmlp.math.Matrix;

/** Digits, rows of 784 pixels from 0 (white) to the largest value (black), as a grid of captioned images. */
public final class DigitGrid {
  private DigitGrid() {}

  public static BufferedImage draw(String title, Matrix images, List<String> captions, int columns) {
    if (images.cols() != 784 || captions.size() != images.rows() || columns < 1) {
      throw new IllegalArgumentException("need rows of 784 pixels, one caption each and a column, got "
          + images.shape() + ", " + captions.size() + " captions and " + columns + " columns");
    }
    Canvas.Grid grid = new Canvas.Grid(images.rows(), columns, 84);
    BufferedImage image = Canvas.image(grid.width(), grid.height());
    Graphics2D g = Canvas.titled(image, title);
    double black = Math.max(images.max(), 1e-12);
    for (int n = 0; n < images.rows(); n++) {
      int[] rgb = new int[784];
      for (int p = 0; p < rgb.length; p++) {
        rgb[p] = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, images.get(n, p) / black)))) * 0x010101;
      }
      grid.draw(g, n, rgb, 28, captions.get(n));
    }
    g.dispose();
    return image;
  }
}
