package mnistmlp.gradient;

import java.util.List;

/** The gradient methods by the names the command line and the notebooks use. */
public final class Gradients {
  private Gradients() {}

  public static List<String> names() {
    return List.of("naive", "backprop", "fast");
  }

  public static GradientMethod byName(String name) {
    return byName(name, NaiveNumericalGradient.DEFAULT_H);
  }

  /** A method by name; {@code h} is the finite-difference step of the numerical ones. */
  public static GradientMethod byName(String name, double h) {
    return switch (name) {
      case "naive" -> new NaiveNumericalGradient(h);
      case "backprop" -> new Backprop();
      case "fast" -> new FastNumericalGradient(h);
      default -> throw new IllegalArgumentException(
          "unknown gradient method '" + name + "': use one of " + names());
    };
  }
}
