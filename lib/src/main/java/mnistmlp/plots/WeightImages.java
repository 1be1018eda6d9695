package mnistmlp.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import mnistmlp.math.Matrix;

/**
 * Columns of a (784, n) matrix such as W1, or its gradient, each drawn as a 28×28 tile: column j
 * holds the 784 weights from every pixel into hidden unit j, so its tile shows which pixels excite
 * the unit (red) and which inhibit it (blue). Colours run over a symmetric scale ±max |w|, either
 * per tile (to see each unit's pattern) or shared by all tiles (to compare their sizes honestly); a
 * colour bar beside the tiles gives the scale.
 */
public final class WeightImages {
  private static final int SIDE = 28;
  private static final int GAP = 8;
  private static final int CAPTION = 16;
  private static final int TOP = 34;
  /** The colour bar's height: at most {@value #KEY_MAX}, at least {@value #KEY_MIN}, and room under it for a note. */
  private static final int KEY_MAX = 240;
  private static final int KEY_MIN = 100;
  private static final int NOTE = 24;

  /** Whether each tile gets its own colour scale or all tiles share one. */
  public enum Scale {
    PER_TILE,
    SHARED
  }

  private WeightImages() {}

  /** Every column of {@code w}, {@code columns} tiles per row, each tile scaled by {@code scale}. */
  public static BufferedImage draw(String title, Matrix w, int columns, int scale) {
    int[] units = new int[w.cols()];
    for (int j = 0; j < units.length; j++) {
      units[j] = j;
    }
    return draw(title, w, units, columns, scale);
  }

  /** The chosen columns of {@code w}, captioned "unit j", each tile on its own colour scale. */
  public static BufferedImage draw(String title, Matrix w, int[] units, int columns, int scale) {
    return draw(title, w, units, columns, scale, Scale.PER_TILE);
  }

  /** The chosen columns of {@code w}, captioned "unit j", on the chosen colour scale. */
  public static BufferedImage draw(String title, Matrix w, int[] units, int columns, int scale, Scale colours) {
    if (w.rows() != SIDE * SIDE) {
      throw new IllegalArgumentException("need 784 rows, one per pixel, got " + w.shape());
    }
    if (columns < 1 || scale < 1) {
      throw new IllegalArgumentException("columns and scale must be positive");
    }
    int tile = SIDE * scale;
    TileLayout layout = new TileLayout(units.length, columns, tile, GAP, CAPTION, TOP);
    int keyHeight = Math.max(KEY_MIN, Math.min(layout.height() - TOP - 2 * GAP - NOTE, KEY_MAX));
    BufferedImage image =
        Canvas.white(layout.width() + ColourBar.WIDTH, Math.max(layout.height(), TOP + 2 * GAP + keyHeight + NOTE));
    Graphics2D g = Canvas.graphics(image);
    Canvas.title(g, title, layout.width() + ColourBar.WIDTH);
    double shared = 0;
    for (int unit : units) {
      shared = Math.max(shared, largestMagnitude(w, unit));
    }
    for (int n = 0; n < units.length; n++) {
      int x0 = layout.x(n);
      int y0 = layout.y(n);
      double limit = colours == Scale.SHARED ? shared : largestMagnitude(w, units[n]);
      Canvas.tile(g, columnColours(w, units[n], limit), SIDE, x0, y0, tile);
      g.setColor(Color.BLACK);
      Canvas.centred(g, "unit " + units[n], x0 + tile / 2, y0 + tile + CAPTION - 3);
    }
    drawKey(g, layout.width() + 4, keyHeight, colours, shared);
    g.dispose();
    return image;
  }

  /** The colour bar at x: the shared scale in numbers, or ±max of each tile when every tile has its own. */
  private static void drawKey(Graphics2D g, int x, int height, Scale colours, double shared) {
    if (colours == Scale.SHARED) {
      ColourBar.draw(g, x, TOP + GAP, height, t -> Diverging.rgb(2 * t - 1),
          ColourBar.format(shared, shared), "0", ColourBar.format(-shared, shared));
    } else {
      ColourBar.draw(g, x, TOP + GAP, height, t -> Diverging.rgb(2 * t - 1), "+max |w|", "0", "\u2212max |w|");
      g.setColor(Color.DARK_GRAY);
      Canvas.text(g, "of each tile", x, TOP + GAP + height + 20);
    }
  }

  private static double largestMagnitude(Matrix w, int unit) {
    double largest = 0;
    for (int p = 0; p < SIDE * SIDE; p++) {
      largest = Math.max(largest, Math.abs(w.get(p, unit)));
    }
    return largest;
  }

  private static int[] columnColours(Matrix w, int unit, double limit) {
    int[] rgb = new int[SIDE * SIDE];
    for (int p = 0; p < rgb.length; p++) {
      rgb[p] = Diverging.rgb(limit == 0 ? 0 : w.get(p, unit) / limit);
    }
    return rgb;
  }
}
