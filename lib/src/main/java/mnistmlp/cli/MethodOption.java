package mnistmlp.cli;

import java.util.Iterator;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.gradient.Gradients;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --method NAME}: how a command computes gradients, by the names {@link Gradients} knows.
 * Each command passes its own default: {@code @Mixin MethodOption method = new MethodOption("naive")}.
 */
final class MethodOption {
  @Option(names = "--method", paramLabel = "METHOD", converter = Name.class, completionCandidates = Names.class,
      description = "How to compute the gradient: " + Gradients.HELP + " (default: ${DEFAULT-VALUE}).")
  String name;

  MethodOption(String defaultName) {
    name = defaultName;
  }

  /** The method, with finite-difference step {@code h} for the numerical ones. */
  GradientMethod method(double h) {
    return Gradients.byName(name, h);
  }

  /** The names for the help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Gradients.names().iterator();
    }
  }

  /** A known name, or a usage error listing them. */
  static final class Name implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!Gradients.names().contains(value)) {
        throw new TypeConversionException("unknown gradient method '" + value + "': use one of " + Gradients.names());
      }
      return value;
    }
  }
}
