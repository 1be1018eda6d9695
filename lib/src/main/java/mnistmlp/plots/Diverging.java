package mnistmlp.plots;

/** A blue–white–red colour scale for signed values: −1 is blue, 0 white, +1 red. */
final class Diverging {
  private Diverging() {}

  /** The packed RGB colour of {@code v}, clipped to [−1, 1]. */
  static int rgb(double v) {
    double t = Math.max(-1, Math.min(1, v));
    int r;
    int g;
    int b;
    if (t >= 0) {
      r = 255;
      g = (int) Math.round(255 * (1 - t * 0.85));
      b = (int) Math.round(255 * (1 - t));
    } else {
      r = (int) Math.round(255 * (1 + t));
      g = (int) Math.round(255 * (1 + t * 0.6));
      b = 255;
    }
    return (r << 16) | (g << 8) | b;
  }
}
