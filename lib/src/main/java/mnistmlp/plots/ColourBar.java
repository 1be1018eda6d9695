package mnistmlp.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Locale;
import java.util.function.DoubleToIntFunction;

/**
 * The key of a figure whose colours mean values: a vertical strip running through the colour
 * scale, labelled with the value at its top, middle and bottom.
 */
final class ColourBar {
  /** Layout pixels a colour bar with its labels needs beside a figure. */
  static final int WIDTH = 96;

  private static final int STRIP = 14;

  private ColourBar() {}

  /**
   * Draws the bar with its top-left corner at (x, y): {@code colour} maps 0 (bottom) … 1 (top) to
   * an RGB colour, and the labels name the values there.
   */
  static void draw(Graphics2D g, int x, int y, int height, DoubleToIntFunction colour, String top, String middle, String bottom) {
    for (int row = 0; row < height; row++) {
      g.setColor(new Color(colour.applyAsInt(1 - (row + 0.5) / height)));
      g.fillRect(x, y + row, STRIP, 1);
    }
    g.setColor(Color.GRAY);
    g.drawRect(x, y, STRIP, height);
    g.setColor(Color.BLACK);
    int labelX = x + STRIP + 6;
    Canvas.text(g, top, labelX, y + 5);
    Canvas.text(g, middle, labelX, y + height / 2 + 4);
    Canvas.text(g, bottom, labelX, y + height + 4);
  }

  /**
   * A value of a scale that spans {@code span}, with two significant digits and a true minus sign,
   * such as −0.00086 or 40; a value a thousand times smaller than the span is written 0.
   */
  static String format(double value, double span) {
    if (Math.abs(value) < 1e-3 * Math.abs(span) || value == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.2g", value).replace('-', '\u2212');
  }
}
