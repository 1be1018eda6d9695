package mnistmlp.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.function.DoubleToIntFunction;
import java.util.function.IntFunction;

/** A hand-drawn figure at the charts' pixel density, drawn in layout pixels; all its text is checked. */
final class Canvas {
  /** Layout pixels a colour bar with its labels needs beside a figure. */
  static final int KEY_WIDTH = 96;
  final Graphics2D g;
  private final BufferedImage image;

  /** A white figure of width × height layout pixels, titled; {@link #g} draws anti-aliased in the figures' font. */
  Canvas(int width, int height, String title) {
    image = new BufferedImage(width * Figures.DENSITY, height * Figures.DENSITY, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.scale(Figures.DENSITY, Figures.DENSITY);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    // Enlarged pixel tiles (a 28×28 digit) stay blocky instead of blurred.
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    int size = 16; // the title in a smaller font if that is what it takes to fit the width
    do {
      g.setFont(ChartFont.bold(--size));
    } while (size > 8 && g.getFontMetrics().stringWidth(title) > width - 12);
    g.setColor(Color.BLACK);
    text(title, width / 2, 22, 0.5);
    g.setFont(ChartFont.plain(12));
  }

  BufferedImage done() {
    g.dispose();
    return image;
  }

  /** {@code side} × {@code side} RGB pixels drawn as a square {@code size} layout pixels wide. */
  void tile(int[] rgb, int side, int x, int y, int size) {
    BufferedImage pixels = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    pixels.setRGB(0, 0, side, side, rgb, 0, side);
    g.drawImage(pixels, x, y, size, size, null);
  }

  /** {@code text} with its baseline at y, starting at x (align 0), centred on it (0.5) or ending there (1). */
  void text(String text, int x, int y, double align) {
    ChartFont.requireDisplayable(g.getFont(), text, "figure text");
    g.drawString(text, x - (int) (align * g.getFontMetrics().stringWidth(text)), y);
  }

  /** A key to colours that mean values: a strip coloured from 0 (bottom) to 1 (top), labelled top, middle, bottom. */
  void colourBar(int x, int y, int height, DoubleToIntFunction colour, String... labels) {
    for (int row = 0; row < height; row++) {
      g.setColor(new Color(colour.applyAsInt(1 - (row + 0.5) / height)));
      g.fillRect(x, y + row, 14, 1);
    }
    g.setColor(Color.GRAY);
    g.drawRect(x, y, 14, height);
    g.setColor(Color.BLACK);
    for (int k = 0; k < labels.length; k++) { // a fourth label is a note under the bar
      text(labels[k], k < 3 ? x + 20 : x, k < 3 ? y + height * k / 2 + 4 : y + height + 20, 0);
    }
  }

  /** A value of a scale spanning {@code span}: two digits, a true minus, 0 below a thousandth of it. */
  static String scaleLabel(double value, double span) {
    boolean zero = Math.abs(value) < 1e-3 * Math.abs(span) || value == 0;
    return zero ? "0" : String.format(Locale.ROOT, "%.2g", value).replace('-', '\u2212');
  }

  /** Where the tiles of a captioned grid go: {@code columns} to a row, a caption under each. */
  record Grid(int count, int columns, int size) {
    static final int GAP = 8;
    static final int TOP = 34;

    int width() {
      return Math.max(columns * (size + GAP) + GAP, 320); // narrower would squeeze the title
    }

    int height() {
      return TOP + Math.max(1, (count + columns - 1) / columns) * (size + 16 + GAP) + GAP;
    }

    /** Draws every tile, n's 28 × 28 RGB pixels and its caption, in its place. */
    void draw(Canvas canvas, IntFunction<int[]> rgb, IntFunction<String> caption) {
      for (int n = 0; n < count; n++) {
        int x = GAP + (n % columns) * (size + GAP);
        int y = TOP + (n / columns) * (size + 16 + GAP);
        canvas.tile(rgb.apply(n), 28, x, y, size);
        canvas.g.setColor(Color.BLACK);
        canvas.text(caption.apply(n), x + size / 2, y + size + 13, 0.5);
      }
    }
  }
}
