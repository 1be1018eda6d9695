package mnistmlp.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;

/**
 * A function of two variables drawn as a heat map (light = low, dark = high), with arrows for the
 * negative gradient −∇f at a grid of points (the direction in which f falls fastest) and, if
 * given, the path gradient descent took. The book's figure 4-9, in colour.
 *
 * <pre>{@code
 * var figure = new HeatMapWithArrows("f(x0, x1) = x0² + x1²", f, gradient, -3, 3, -3, 3).path(points);
 * display(Figures.image(figure.draw(), "04-gradient-field"));
 * }</pre>
 */
public final class HeatMapWithArrows {
  private static final int PLOT = 480;
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int RIGHT = 20 + ColourBar.WIDTH;
  private static final int BOTTOM = 50;
  private static final int ARROWS_PER_SIDE = 13;

  private final String title;
  private final DoubleBinaryOperator f;
  private final Function<double[], double[]> gradient;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private List<double[]> path = List.of();

  /** {@code gradient} maps a point {x0, x1} to {∂f/∂x0, ∂f/∂x1}. */
  public HeatMapWithArrows(
      String title,
      DoubleBinaryOperator f,
      Function<double[], double[]> gradient,
      double xMin,
      double xMax,
      double yMin,
      double yMax) {
    if (!(xMin < xMax) || !(yMin < yMax)) {
      throw new IllegalArgumentException("empty range");
    }
    this.title = title;
    this.f = f;
    this.gradient = gradient;
    this.xMin = xMin;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
  }

  /** Also draw these points, joined in order: the steps of gradient descent. */
  public HeatMapWithArrows path(List<double[]> points) {
    this.path = new ArrayList<>(points);
    return this;
  }

  public BufferedImage draw() {
    int width = LEFT + PLOT + RIGHT;
    BufferedImage image = Canvas.white(width, TOP + PLOT + BOTTOM);
    Graphics2D g = Canvas.graphics(image);
    Canvas.title(g, title, width);
    drawHeat(g);
    drawArrows(g);
    drawPath(g);
    drawAxes(g);
    g.dispose();
    return image;
  }

  /** f at the centre of every image pixel of the plot, coloured; and the colour bar beside it. */
  private void drawHeat(Graphics2D g) {
    int side = PLOT * ChartImage.DENSITY;
    double[] values = new double[side * side];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        double v = f.applyAsDouble(xOf((px + 0.5) / ChartImage.DENSITY), yOf((py + 0.5) / ChartImage.DENSITY));
        values[py * side + px] = v;
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    double span = high > low ? high - low : 1;
    int[] rgb = new int[values.length];
    for (int p = 0; p < values.length; p++) {
      rgb[p] = sequential((values[p] - low) / span);
    }
    Canvas.tile(g, rgb, side, LEFT, TOP, PLOT);
    ColourBar.draw(g, LEFT + PLOT + 16, TOP, PLOT, HeatMapWithArrows::sequential,
        "f = " + ColourBar.format(high, span), "f = " + ColourBar.format((low + high) / 2, span),
        "f = " + ColourBar.format(low, span));
  }

  /** Arrows for −∇f, their lengths scaled so the longest fits between two grid points. */
  private void drawArrows(Graphics2D g) {
    double perUnitX = PLOT / (xMax - xMin);
    double perUnitY = PLOT / (yMax - yMin);
    double[][][] arrows = new double[ARROWS_PER_SIDE][ARROWS_PER_SIDE][];
    double longest = 0;
    for (int i = 0; i < ARROWS_PER_SIDE; i++) {
      for (int j = 0; j < ARROWS_PER_SIDE; j++) {
        double[] d = gradient.apply(new double[] {gridX(i), gridY(j)});
        // −∇f points downhill; screen y grows downwards, hence +∂f/∂x1 for the screen's y.
        double[] screen = {-d[0] * perUnitX, d[1] * perUnitY};
        arrows[i][j] = screen;
        longest = Math.max(longest, Math.hypot(screen[0], screen[1]));
      }
    }
    if (longest == 0) {
      return;
    }
    double scale = 0.9 * PLOT / ARROWS_PER_SIDE / longest;
    g.setColor(new Color(20, 20, 20));
    g.setStroke(new BasicStroke(1.3f));
    for (int i = 0; i < ARROWS_PER_SIDE; i++) {
      for (int j = 0; j < ARROWS_PER_SIDE; j++) {
        double x0 = pixelX(gridX(i));
        double y0 = pixelY(gridY(j));
        arrow(g, x0, y0, x0 + arrows[i][j][0] * scale, y0 + arrows[i][j][1] * scale);
      }
    }
  }

  private void drawPath(Graphics2D g) {
    if (path.isEmpty()) {
      return;
    }
    g.setColor(new Color(214, 39, 40));
    g.setStroke(new BasicStroke(2f));
    Path2D line = new Path2D.Double();
    for (int k = 0; k < path.size(); k++) {
      double px = pixelX(path.get(k)[0]);
      double py = pixelY(path.get(k)[1]);
      if (k == 0) {
        line.moveTo(px, py);
      } else {
        line.lineTo(px, py);
      }
    }
    g.draw(line);
    for (double[] p : path) {
      g.fillOval((int) Math.round(pixelX(p[0])) - 3, (int) Math.round(pixelY(p[1])) - 3, 7, 7);
    }
  }

  private void drawAxes(Graphics2D g) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(LEFT, TOP, PLOT, PLOT);
    for (int k = 0; k <= 6; k++) {
      double x = xMin + (xMax - xMin) * k / 6;
      double y = yMin + (yMax - yMin) * k / 6;
      int px = (int) Math.round(pixelX(x));
      int py = (int) Math.round(pixelY(y));
      g.drawLine(px, TOP + PLOT, px, TOP + PLOT + 5);
      Canvas.centred(g, format(x), px, TOP + PLOT + 19);
      g.drawLine(LEFT - 5, py, LEFT, py);
      Canvas.rightAligned(g, format(y), LEFT - 8, py + 4);
    }
    Canvas.centred(g, "x0", LEFT + PLOT / 2, TOP + PLOT + 40);
    Canvas.text(g, "x1", 10, TOP + PLOT / 2);
  }

  private static void arrow(Graphics2D g, double x0, double y0, double x1, double y1) {
    double length = Math.hypot(x1 - x0, y1 - y0);
    if (length < 0.5) {
      g.fillOval((int) Math.round(x0) - 1, (int) Math.round(y0) - 1, 3, 3);
      return;
    }
    g.draw(new Line2D.Double(x0, y0, x1, y1));
    double angle = Math.atan2(y1 - y0, x1 - x0);
    double head = Math.min(7, 0.4 * length);
    for (double side : new double[] {-0.45, 0.45}) {
      double hx = x1 - head * Math.cos(angle + side);
      double hy = y1 - head * Math.sin(angle + side);
      g.draw(new Line2D.Double(x1, y1, hx, hy));
    }
  }

  /** Light yellow (0) to dark blue (1), a simple perceptually ordered scale. */
  private static int sequential(double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (30 - 255) * u);
    int gr = (int) Math.round(250 + (60 - 250) * u);
    int b = (int) Math.round(200 + (130 - 200) * u);
    return (r << 16) | (gr << 8) | b;
  }

  private double gridX(int i) {
    return xMin + (xMax - xMin) * (i + 0.5) / ARROWS_PER_SIDE;
  }

  private double gridY(int j) {
    return yMin + (yMax - yMin) * (j + 0.5) / ARROWS_PER_SIDE;
  }

  private double xOf(double px) {
    return xMin + (xMax - xMin) * px / PLOT;
  }

  private double yOf(double py) {
    return yMax - (yMax - yMin) * py / PLOT;
  }

  private double pixelX(double x) {
    return LEFT + (x - xMin) / (xMax - xMin) * PLOT;
  }

  private double pixelY(double y) {
    return TOP + (yMax - y) / (yMax - yMin) * PLOT;
  }

  private static String format(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format("%.1f", v);
  }
}
