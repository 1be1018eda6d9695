package mnistmlp.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import mnistmlp.math.Matrix;

/**
 * Digits drawn as a grid of small grey images, each with a caption underneath, such as its label
 * or "7 → 2" for a mistake. Each image is one row of 784 pixels, 0 (white) to the largest value in
 * the matrix (black), so it works both for raw 0..255 pixels and for normalised 0..1 ones.
 */
public final class DigitGrid {
  private static final int SIDE = 28;
  private static final int SCALE = 3;
  private static final int TILE = SIDE * SCALE;
  private static final int GAP = 10;
  private static final int CAPTION = 18;
  private static final int TOP = 34;

  private DigitGrid() {}

  /** The rows of {@code images} in a grid {@code columns} wide, captioned and titled. */
  public static BufferedImage draw(String title, Matrix images, List<String> captions, int columns) {
    if (images.cols() != SIDE * SIDE) {
      throw new IllegalArgumentException("each digit must be a row of 784 pixels, got " + images.shape());
    }
    if (captions.size() != images.rows()) {
      throw new IllegalArgumentException(images.rows() + " digits but " + captions.size() + " captions");
    }
    if (columns < 1) {
      throw new IllegalArgumentException("need at least one column, got " + columns);
    }
    int count = images.rows();
    TileLayout layout = new TileLayout(count, columns, TILE, GAP, CAPTION, TOP);
    BufferedImage image = Canvas.white(layout.width(), layout.height());
    Graphics2D g = Canvas.graphics(image);
    Canvas.title(g, title, layout.width());
    double white = 0;
    double black = Math.max(images.max(), 1e-12);
    for (int n = 0; n < count; n++) {
      int x0 = layout.x(n);
      int y0 = layout.y(n);
      drawDigit(g, images, n, x0, y0, white, black);
      g.setColor(Color.BLACK);
      Canvas.centred(g, captions.get(n), x0 + TILE / 2, y0 + TILE + CAPTION - 4);
    }
    g.dispose();
    return image;
  }

  private static void drawDigit(Graphics2D g, Matrix images, int n, int x0, int y0, double white, double black) {
    int[] rgb = new int[SIDE * SIDE];
    for (int p = 0; p < rgb.length; p++) {
      double ink = Math.max(0, Math.min(1, (images.get(n, p) - white) / (black - white)));
      int grey = (int) Math.round(255 * (1 - ink));
      rgb[p] = (grey << 16) | (grey << 8) | grey;
    }
    Canvas.tile(g, rgb, SIDE, x0, y0, TILE);
  }
}
