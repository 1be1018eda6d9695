package mnistmlp.plots;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A white RGB image for the hand-drawn figures, at the same {@link ChartImage#DENSITY}× pixel
 * density as the charts: callers draw in layout pixels and get sharp lines and text. All text goes
 * through here, in the figures' font, and is checked before it is drawn.
 */
final class Canvas {
  private Canvas() {}

  /** An image of {@code width} × {@code height} layout pixels, white. */
  static BufferedImage white(int width, int height) {
    BufferedImage image =
        new BufferedImage(width * ChartImage.DENSITY, height * ChartImage.DENSITY, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
    return image;
  }

  /** A graphics context in layout pixels, anti-aliased, in the figures' font. */
  static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.scale(ChartImage.DENSITY, ChartImage.DENSITY);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    // Enlarged pixel tiles (a 28×28 digit) stay blocky instead of blurred.
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.setFont(ChartFont.plain(12));
    return g;
  }

  /** A square of {@code side} × {@code side} RGB pixels drawn as a tile {@code size} layout pixels wide. */
  static void tile(Graphics2D g, int[] rgb, int side, int x, int y, int size) {
    BufferedImage pixels = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    pixels.setRGB(0, 0, side, side, rgb, 0, side);
    g.drawImage(pixels, x, y, size, size, null);
  }

  /** Draws {@code text} with its baseline starting at (x, y). */
  static void text(Graphics2D g, String text, int x, int y) {
    ChartFont.requireDisplayable(g.getFont(), text, "figure text");
    g.drawString(text, x, y);
  }

  /** Draws {@code text} centred on x with its baseline at y. */
  static void centred(Graphics2D g, String text, int x, int y) {
    FontMetrics metrics = g.getFontMetrics();
    text(g, text, x - metrics.stringWidth(text) / 2, y);
  }

  /** Draws {@code text} ending at x with its baseline at y. */
  static void rightAligned(Graphics2D g, String text, int x, int y) {
    text(g, text, x - g.getFontMetrics().stringWidth(text), y);
  }

  /** A title centred at the top, in a smaller font if that is what it takes to fit the width. */
  static void title(Graphics2D g, String title, int width) {
    Font previous = g.getFont();
    int size = 15;
    g.setFont(ChartFont.bold(size));
    while (size > 8 && g.getFontMetrics().stringWidth(title) > width - 12) {
      size--;
      g.setFont(ChartFont.bold(size));
    }
    g.setColor(Color.BLACK);
    centred(g, title, width / 2, 22);
    g.setFont(previous);
  }
}
