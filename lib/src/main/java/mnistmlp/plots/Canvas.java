package mnistmlp.plots;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A white RGB image with anti-aliased text: the starting point of the hand-drawn figures. */
final class Canvas {
  private Canvas() {}

  static BufferedImage white(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return g;
  }

  /** Draws {@code text} centred on x with its baseline at y. */
  static void centred(Graphics2D g, String text, int x, int y) {
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(text, x - metrics.stringWidth(text) / 2, y);
  }

  /** A title centred at the top, in a smaller font if that is what it takes to fit the width. */
  static void title(Graphics2D g, String title, int width) {
    Font previous = g.getFont();
    int size = 15;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
    while (size > 8 && g.getFontMetrics().stringWidth(title) > width - 12) {
      size--;
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
    }
    g.setColor(Color.BLACK);
    centred(g, title, width / 2, 22);
    g.setFont(previous);
  }
}
