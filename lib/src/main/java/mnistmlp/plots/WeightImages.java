package mnistmlp.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import mnistmlp.math.Matrix;

/**
 * Columns of a (784, n) matrix such as W1, or its gradient, each drawn as a 28×28 tile: column j
 * holds the 784 weights from every pixel into hidden unit j, so its tile shows which pixels excite
 * the unit (red) and which inhibit it (blue). Colours run over a symmetric scale ±max |w|, either
 * per tile (to see each unit's pattern) or shared by all tiles (to compare their sizes honestly).
 */
public final class WeightImages {
  private static final int SIDE = 28;
  private static final int GAP = 8;
  private static final int CAPTION = 16;
  private static final int TOP = 34;

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
    BufferedImage image = Canvas.white(layout.width(), layout.height());
    Graphics2D g = Canvas.graphics(image);
    Canvas.title(g, title, layout.width());
    double shared = 0;
    for (int unit : units) {
      shared = Math.max(shared, largestMagnitude(w, unit));
    }
    for (int n = 0; n < units.length; n++) {
      int x0 = layout.x(n);
      int y0 = layout.y(n);
      double limit = colours == Scale.SHARED ? shared : largestMagnitude(w, units[n]);
      drawColumn(image, w, units[n], x0, y0, scale, limit);
      g.setColor(Color.BLACK);
      Canvas.centred(g, "unit " + units[n], x0 + tile / 2, y0 + tile + CAPTION - 3);
    }
    g.dispose();
    return image;
  }

  private static double largestMagnitude(Matrix w, int unit) {
    double largest = 0;
    for (int p = 0; p < SIDE * SIDE; p++) {
      largest = Math.max(largest, Math.abs(w.get(p, unit)));
    }
    return largest;
  }

  private static void drawColumn(BufferedImage image, Matrix w, int unit, int x0, int y0, int scale, double limit) {
    for (int p = 0; p < SIDE * SIDE; p++) {
      int rgb = Diverging.rgb(limit == 0 ? 0 : w.get(p, unit) / limit);
      int r = p / SIDE;
      int c = p % SIDE;
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          image.setRGB(x0 + c * scale + dx, y0 + r * scale + dy, rgb);
        }
      }
    }
  }
}
