package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-layer network as a picture: three columns of units (input, hidden, output), every
 * unit joined to every unit of the next layer, the parameters named between the layers. A layer
 * too tall to draw shows its first and last units with "⋮" between them.
 */
public final class NetworkDiagram {
  static final int WIDTH = 760;
  static final int HEIGHT = 460;
  /** The most units drawn in one column; the output layer of 10 is drawn in full. */
  static final int MAX_SHOWN = 10;
  private static final int TOP = 60;
  private static final int BOTTOM = 360;
  private static final int RADIUS = 13;
  private static final int[] COLUMN_X = {140, 380, 620};

  private NetworkDiagram() {}

  /** The network {@code input → hidden → output}, such as the notes' 784-50-10. */
  public static BufferedImage draw(int input, int hidden, int output) {
    BufferedImage image = Canvas.white(WIDTH, HEIGHT);
    Graphics2D g = Canvas.graphics(image);
    int[] sizes = {input, hidden, output};
    List<List<Integer>> layers = List.of(shown(input), shown(hidden), shown(output));
    edges(g, layers);
    for (int l = 0; l < 3; l++) {
      units(g, layers.get(l), COLUMN_X[l]);
    }
    captions(g, sizes);
    g.dispose();
    return image;
  }

  /**
   * The 1-based unit numbers a column of {@code n} units shows, with {@code null} for the gap:
   * all of them when they fit, else the first and last few.
   */
  static List<Integer> shown(int n) {
    List<Integer> units = new ArrayList<>();
    if (n <= MAX_SHOWN) {
      for (int k = 1; k <= n; k++) {
        units.add(k);
      }
      return units;
    }
    int head = (MAX_SHOWN - 1) / 2;
    for (int k = 1; k <= head; k++) {
      units.add(k);
    }
    units.add(null);
    for (int k = n - (MAX_SHOWN - 2 - head); k <= n; k++) {
      units.add(k);
    }
    return units;
  }

  private static double y(int slot, int slots) {
    return TOP + (BOTTOM - TOP) * (slot + 0.5) / slots;
  }

  private static void edges(Graphics2D g, List<List<Integer>> layers) {
    g.setColor(new Color(0, 0, 0, 40));
    g.setStroke(new BasicStroke(0.8f));
    for (int l = 0; l < 2; l++) {
      List<Integer> from = layers.get(l);
      List<Integer> to = layers.get(l + 1);
      for (int i = 0; i < from.size(); i++) {
        for (int j = 0; j < to.size(); j++) {
          if (from.get(i) != null && to.get(j) != null) {
            g.draw(new Line2D.Double(COLUMN_X[l], y(i, from.size()),
                COLUMN_X[l + 1], y(j, to.size())));
          }
        }
      }
    }
  }

  /** The units, numbered from 0 as Java indexes them (so the output units are the digits). */
  private static void units(Graphics2D g, List<Integer> units, int x) {
    g.setStroke(new BasicStroke(1.5f));
    for (int k = 0; k < units.size(); k++) {
      double cy = y(k, units.size());
      if (units.get(k) == null) {
        verticalEllipsis(g, x, cy);
        continue;
      }
      var circle = new Ellipse2D.Double(x - RADIUS, cy - RADIUS, 2 * RADIUS, 2 * RADIUS);
      g.setColor(new Color(0xDDE8F6));
      g.fill(circle);
      g.setColor(new Color(0x2B5C9E));
      g.draw(circle);
      g.setColor(Color.BLACK);
      g.setFont(ChartFont.plain(10));
      centred(g, String.valueOf(units.get(k) - 1), x, (int) cy + 4);
    }
  }

  /** Three dots in a column: the units left out (drawn, since not every font has "⋮"). */
  private static void verticalEllipsis(Graphics2D g, double x, double cy) {
    g.setColor(Color.DARK_GRAY);
    for (int dot = -1; dot <= 1; dot++) {
      g.fill(new Ellipse2D.Double(x - 2, cy + 7 * dot - 2, 4, 4));
    }
  }

  private static void captions(Graphics2D g, int[] sizes) {
    g.setColor(Color.BLACK);
    g.setFont(ChartFont.bold(15));
    centred(g, "The two-layer network " + sizes[0] + " → " + sizes[1] + " → " + sizes[2],
        WIDTH / 2, 30);
    String[] names = {"input layer", "hidden layer", "output layer"};
    String[] what = {sizes[0] + " pixels (x)", sizes[1] + " units, sigmoid",
        sizes[2] + " classes, softmax"};
    for (int l = 0; l < 3; l++) {
      g.setFont(ChartFont.bold(13));
      centred(g, names[l], COLUMN_X[l], BOTTOM + 30);
      g.setFont(ChartFont.plain(13));
      centred(g, what[l], COLUMN_X[l], BOTTOM + 50);
    }
    g.setFont(ChartFont.plain(13).deriveFont(Font.ITALIC));
    for (int l = 0; l < 2; l++) {
      int x = (COLUMN_X[l] + COLUMN_X[l + 1]) / 2;
      centred(g, "W" + (l + 1) + " " + shape(sizes[l], sizes[l + 1]), x, BOTTOM + 80);
      centred(g, "b" + (l + 1) + " " + shape(1, sizes[l + 1]), x, BOTTOM + 98);
    }
  }

  private static String shape(int rows, int cols) {
    return "(" + rows + ", " + cols + ")";
  }

  private static void centred(Graphics2D g, String text, int x, int y) {
    Canvas.centred(g, text, x, y);
  }
}
