package mnistmlp.gradient;

import java.util.List;

/** The gradient methods by the names the command line and the notebooks use. */
public final class Gradients {
  /** The methods for a {@code --help} text (a constant, so that picocli annotations can use it). */
  public static final String HELP =
      "naive (the notes' loop: two full forward passes per parameter), incremental (the same central"
          + " differences, evaluating only what one nudge changes), fast (those differences by a"
          + " truncated power series in h whose first term is backprop's derivative, evaluated where"
          + " its bound fails) or backprop (the chain rule)";

  private Gradients() {}

  public static List<String> names() {
    return List.of("naive", "incremental", "fast", "backprop");
  }

  public static GradientMethod byName(String name) {
    return byName(name, NaiveNumericalGradient.DEFAULT_H);
  }

  /** A method by name; {@code h} is the finite-difference step of the numerical ones. */
  public static GradientMethod byName(String name, double h) {
    return switch (name) {
      case "naive" -> new NaiveNumericalGradient(h);
      case "incremental" -> new IncrementalNumericalGradient(h);
      case "fast" -> new FastNumericalGradient(h);
      case "backprop" -> new Backprop();
      default -> throw new IllegalArgumentException("unknown gradient method '" + name + "': use one of " + names());
    };
  }
}
