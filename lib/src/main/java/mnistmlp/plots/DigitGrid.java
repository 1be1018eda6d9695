package mnistmlp.plots;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
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
    Canvas canvas = new Canvas(grid.width(), grid.height(), title);
    double black = Math.max(images.max(), 1e-12);
    grid.draw(canvas, n -> IntStream.range(0, 784).map(p -> 0x010101
        * (int) Math.round(255 * (1 - Math.max(0, Math.min(1, images.get(n, p) / black))))).toArray(), captions::get);
    return canvas.done();
  }
}
