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
import mnistmlp.text.Texts;

/** The two-layer network as columns of units, each joined to every unit of the next layer. */
public final class NetworkDiagram {
  static final int WIDTH = 760;
  static final int HEIGHT = 460;
  /** The most units drawn in one column: the output layer of 10 is drawn in full. */
  static final int MAX_SHOWN = 10;
  private static final int[] COLUMN_X = {140, 380, 620};

  private NetworkDiagram() {}

  /** The network {@code input → hidden → output}, such as the notes' 784-50-10. */
  public static BufferedImage draw(int input, int hidden, int output) {
    String title = Texts.format("The two-layer network %d → %d → %d", input, hidden, output);
    Canvas canvas = new Canvas(WIDTH, HEIGHT, title);
    Graphics2D g = canvas.g;
    List<List<Integer>> layers = List.of(shown(input), shown(hidden), shown(output));
    g.setColor(new Color(0, 0, 0, 40));
    for (int l = 0; l < 2; l++) {
      for (int i = 0; i < layers.get(l).size(); i++) {
        for (int j = 0; j < layers.get(l + 1).size(); j++) {
          if (layers.get(l).get(i) != null && layers.get(l + 1).get(j) != null) {
            g.draw(new Line2D.Double(COLUMN_X[l], y(i, layers.get(l)), COLUMN_X[l + 1], y(j, layers.get(l + 1))));
          }
        }
      }
    }
    g.setStroke(new BasicStroke(1.5f));
    g.setFont(ChartFont.plain(10));
    for (int l = 0; l < 3; l++) {
      for (int k = 0; k < layers.get(l).size(); k++) {
        unit(canvas, layers.get(l).get(k), COLUMN_X[l], y(k, layers.get(l)));
      }
    }
    captions(canvas, new int[] {input, hidden, output});
    return canvas.done();
  }

  /** The 1-based units a column of n shows: all if they fit, else the first and last few around a null. */
  static List<Integer> shown(int n) {
    int head = (MAX_SHOWN - 1) / 2;
    List<Integer> units = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      if (n <= MAX_SHOWN || k <= head || k > n - (MAX_SHOWN - 1 - head)) {
        units.add(k);
      } else if (k == head + 1) {
        units.add(null);
      }
    }
    return units;
  }

  private static double y(int slot, List<Integer> column) {
    return 60 + 300 * (slot + 0.5) / column.size();
  }

  /** A circle numbered from 0 as Java indexes units (the output units are the digits); three dots for null. */
  private static void unit(Canvas canvas, Integer unit, int x, double y) {
    Graphics2D g = canvas.g;
    if (unit == null) { // drawn, since not every font has "⋮"
      g.setColor(Color.DARK_GRAY);
      for (int dot = -1; dot <= 1; dot++) {
        g.fill(new Ellipse2D.Double(x - 2, y + 7 * dot - 2, 4, 4));
      }
      return;
    }
    var circle = new Ellipse2D.Double(x - 13, y - 13, 26, 26);
    g.setColor(new Color(0xDDE8F6));
    g.fill(circle);
    g.setColor(new Color(0x2B5C9E));
    g.draw(circle);
    g.setColor(Color.BLACK);
    canvas.text(String.valueOf(unit - 1), x, (int) y + 4, 0.5);
  }

  private static void captions(Canvas canvas, int[] sizes) {
    String[] names = {"input layer", "hidden layer", "output layer"};
    String[] what = {"%d pixels (x)", "%d units, sigmoid", "%d classes, softmax"};
    for (int l = 0; l < 3; l++) {
      canvas.g.setFont(ChartFont.bold(13));
      canvas.text(Texts.tr(names[l]), COLUMN_X[l], 390, 0.5);
      canvas.g.setFont(ChartFont.plain(13));
      canvas.text(Texts.format(what[l], sizes[l]), COLUMN_X[l], 410, 0.5);
    }
    canvas.g.setFont(ChartFont.plain(13).deriveFont(Font.ITALIC));
    for (int l = 0; l < 2; l++) {
      int x = (COLUMN_X[l] + COLUMN_X[l + 1]) / 2;
      canvas.text("W" + (l + 1) + " (" + sizes[l] + ", " + sizes[l + 1] + ")", x, 440, 0.5);
      canvas.text("b" + (l + 1) + " (1, " + sizes[l + 1] + ")", x, 458, 0.5);
    }
  }
}
