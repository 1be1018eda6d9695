package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.stream.DoubleStream;

/**
 * f(x0, x1) as a heat map (light = low, dark = high) with arrows for −∇f on a grid, where f falls
 * fastest, and the path gradient descent took: the book's figure 4-9. {@code gradient} maps a
 * point {x0, x1} to {∂f/∂x0, ∂f/∂x1}.
 */
public record HeatMapWithArrows(String title, DoubleBinaryOperator f, Function<double[], double[]> gradient,
    double xMin, double xMax, double yMin, double yMax, List<double[]> points) {
  private static final int PLOT = 480;
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int ARROWS = 13;

  public HeatMapWithArrows {
    if (!(xMin < xMax) || !(yMin < yMax)) {
      throw new IllegalArgumentException("empty range");
    }
    points = List.copyOf(points);
  }

  public HeatMapWithArrows(String title, DoubleBinaryOperator f, Function<double[], double[]> gradient,
      double xMin, double xMax, double yMin, double yMax) {
    this(title, f, gradient, xMin, xMax, yMin, yMax, List.of());
  }

  /** The same figure with these points joined in order: the steps of gradient descent. */
  public HeatMapWithArrows path(List<double[]> steps) {
    return new HeatMapWithArrows(title, f, gradient, xMin, xMax, yMin, yMax, steps);
  }

  public BufferedImage draw() {
    Canvas canvas = new Canvas(LEFT + PLOT + 20 + Canvas.KEY_WIDTH, TOP + PLOT + 50, title);
    Graphics2D g = canvas.g;
    drawHeat(canvas);
    drawArrows(g);
    g.setColor(new Color(214, 39, 40));
    g.setStroke(new BasicStroke(2f));
    Path2D line = new Path2D.Double();
    for (double[] p : points) {
      Point2D at = new Point2D.Double(LEFT + (p[0] - xMin) / (xMax - xMin) * PLOT,
          TOP + (yMax - p[1]) / (yMax - yMin) * PLOT);
      line.append(new Line2D.Double(at, at), true); // joined to the point before
      g.fill(new Ellipse2D.Double(at.getX() - 3.5, at.getY() - 3.5, 7, 7));
    }
    g.draw(line);
    drawAxes(canvas);
    return canvas.done();
  }

  /** f at the centre of every image pixel, light yellow (low) to dark blue (high), and its key. */
  private void drawHeat(Canvas canvas) {
    int side = PLOT * Figures.DENSITY;
    double[] values = new double[side * side];
    Arrays.setAll(values, p -> f.applyAsDouble(at((p % side + 0.5) / side, 0), at(1 - (p / side + 0.5) / side, 1)));
    var range = Arrays.stream(values).summaryStatistics();
    double span = range.getMax() > range.getMin() ? range.getMax() - range.getMin() : 1;
    canvas.tile(Arrays.stream(values).mapToInt(v -> sequential((v - range.getMin()) / span)).toArray(),
        side, LEFT, TOP, PLOT);
    canvas.colourBar(LEFT + PLOT + 16, TOP, PLOT, HeatMapWithArrows::sequential,
        DoubleStream.of(range.getMax(), (range.getMin() + range.getMax()) / 2, range.getMin())
            .mapToObj(v -> "f = " + Canvas.scaleLabel(v, span)).toArray(String[]::new));
  }

  /** Arrows for −∇f at the grid's points, scaled so the longest fits between two of them. */
  private void drawArrows(Graphics2D g) {
    double[][] arrows = new double[ARROWS * ARROWS][];
    Arrays.setAll(arrows, k -> {
      double[] d = gradient.apply(new double[] {at(centre(k % ARROWS), 0), at(centre(k / ARROWS), 1)});
      return new double[] {-d[0] * PLOT / (xMax - xMin), d[1] * PLOT / (yMax - yMin)}; // screen y grows down
    });
    double longest = Arrays.stream(arrows).mapToDouble(a -> Math.hypot(a[0], a[1])).max().getAsDouble();
    g.setColor(new Color(20, 20, 20));
    g.setStroke(new BasicStroke(1.3f));
    double scale = longest > 0 ? 0.9 * PLOT / ARROWS / longest : 0;
    for (int k = 0; k < arrows.length; k++) {
      double x = LEFT + centre(k % ARROWS) * PLOT;
      double y = TOP + PLOT - centre(k / ARROWS) * PLOT;
      double tipX = x + arrows[k][0] * scale;
      double tipY = y + arrows[k][1] * scale;
      double head = Math.min(7, 0.4 * Math.hypot(tipX - x, tipY - y));
      double angle = Math.atan2(tipY - y, tipX - x);
      g.draw(new Line2D.Double(x, y, tipX, tipY));
      for (double side : new double[] {-0.45, 0.45}) {
        g.draw(new Line2D.Double(tipX, tipY, tipX - head * Math.cos(angle + side), tipY - head * Math.sin(angle + side)));
      }
    }
  }

  private void drawAxes(Canvas canvas) {
    Graphics2D g = canvas.g;
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(LEFT, TOP, PLOT, PLOT);
    for (int k = 0; k <= 6; k++) {
      int px = LEFT + PLOT * k / 6;
      int py = TOP + PLOT - PLOT * k / 6;
      g.drawLine(px, TOP + PLOT, px, TOP + PLOT + 5);
      canvas.text(tickLabel(at(k / 6.0, 0)), px, TOP + PLOT + 19, 0.5);
      g.drawLine(LEFT - 5, py, LEFT, py);
      canvas.text(tickLabel(at(k / 6.0, 1)), LEFT - 8, py + 4, 1);
    }
    canvas.text("x0", LEFT + PLOT / 2, TOP + PLOT + 40, 0.5);
    canvas.text("x1", 10, TOP + PLOT / 2, 0);
  }

  /** The share of the way along an axis of the k-th arrow's grid point. */
  private static double centre(int k) {
    return (k + 0.5) / ARROWS;
  }

  /** The coordinate a share of the way along axis 0 (x0) or 1 (x1). */
  private double at(double share, int axis) {
    return axis == 0 ? xMin + (xMax - xMin) * share : yMin + (yMax - yMin) * share;
  }

  /** Light yellow (0) to dark blue (1). */
  private static int sequential(double t) {
    double u = Math.max(0, Math.min(1, t));
    return (int) Math.round(255 - 225 * u) << 16 | (int) Math.round(250 - 190 * u) << 8 | (int) Math.round(200 - 70 * u);
  }

  private static String tickLabel(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
  }
}
