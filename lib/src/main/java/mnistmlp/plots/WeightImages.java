package mnistmlp.plots;

import java.awt.image.BufferedImage;
import java.util.stream.IntStream;
import mnistmlp.math.Matrix;
import mnistmlp.text.Texts;

/**
 * Columns of a (784, n) matrix such as W1 as 28×28 tiles: column j holds the weights from every
 * pixel into hidden unit j, so its tile shows the pixels that excite it (red) and inhibit it
 * (blue). A colour bar gives the symmetric scale ±max |w|, of each tile or shared by all.
 */
public final class WeightImages {
  private static final int SIDE = 28;

  /** Each tile on its own colour scale (to see its pattern), or one for all (to compare sizes). */
  public enum Scale {
    PER_TILE,
    SHARED
  }

  private WeightImages() {}

  /** Every column of {@code w}, each tile {@code scale} times 28 pixels wide and on its own scale. */
  public static BufferedImage draw(String title, Matrix w, int columns, int scale) {
    return draw(title, w, IntStream.range(0, w.cols()).toArray(), columns, scale, Scale.PER_TILE);
  }

  /** The chosen columns of {@code w}, captioned "unit j". */
  public static BufferedImage draw(String title, Matrix w, int[] units, int columns, int scale, Scale colours) {
    if (w.rows() != SIDE * SIDE || columns < 1 || scale < 1) {
      throw new IllegalArgumentException("need 784 rows and positive columns and scale, got " + w.shape());
    }
    Canvas.Grid grid = new Canvas.Grid(units.length, columns, SIDE * scale);
    int keyTop = Canvas.Grid.TOP + Canvas.Grid.GAP;
    int keyHeight = Math.max(100, Math.min(grid.height() - keyTop - Canvas.Grid.GAP - 24, 240));
    int height = Math.max(grid.height(), keyTop + Canvas.Grid.GAP + keyHeight + 24);
    Canvas canvas = new Canvas(grid.width() + Canvas.KEY_WIDTH, height, title);
    double shared = IntStream.of(units).mapToDouble(unit -> largest(w, unit)).max().orElse(0);
    grid.draw(canvas, n -> {
      double limit = Math.max(colours == Scale.SHARED ? shared : largest(w, units[n]), Double.MIN_VALUE);
      return IntStream.range(0, SIDE * SIDE).map(p -> diverging(w.get(p, units[n]) / limit)).toArray();
    }, n -> Texts.format("unit %d", units[n]));
    String[] key = colours == Scale.SHARED
        ? new String[] {Canvas.scaleLabel(shared, shared), "0", Canvas.scaleLabel(-shared, shared)}
        : new String[] {"+max |w|", "0", "\u2212max |w|", Texts.tr("of each tile")};
    canvas.colourBar(grid.width() + 4, keyTop, keyHeight, t -> diverging(2 * t - 1), key);
    return canvas.done();
  }

  private static double largest(Matrix w, int unit) {
    return IntStream.range(0, SIDE * SIDE).mapToDouble(p -> Math.abs(w.get(p, unit))).max().getAsDouble();
  }

  /** Blue (−1) through white (0) to red (+1), clipped to [−1, 1]. */
  static int diverging(double v) {
    double t = Math.max(-1, Math.min(1, v));
    if (t >= 0) {
      return 0xFF0000 | (int) Math.round(255 * (1 - t * 0.85)) << 8 | (int) Math.round(255 * (1 - t));
    }
    return (int) Math.round(255 * (1 + t)) << 16 | (int) Math.round(255 * (1 + t * 0.6)) << 8 | 0xFF;
  }
}
