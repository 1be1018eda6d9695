package mnistmlp.cli;

import mnistmlp.math.Numbers;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A step or a learning rate: a positive, finite number; anything else is a usage error naming the option. */
final class PositiveNumber implements ITypeConverter<Double> {
  @Override
  public Double convert(String text) {
    double value = Double.parseDouble(text); // picocli reports a NumberFormatException as "cannot convert"
    if (!Numbers.isPositiveFinite(value)) {
      throw new TypeConversionException("must be a positive number, got " + text);
    }
    return value;
  }
}
