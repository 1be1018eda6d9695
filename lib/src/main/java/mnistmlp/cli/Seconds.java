package mnistmlp.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration in seconds: zero or more, and finite; anything else is a usage error naming the option. */
final class Seconds implements ITypeConverter<Double> {
  @Override
  public Double convert(String text) {
    double value = Double.parseDouble(text); // picocli reports a NumberFormatException as "cannot convert"
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new TypeConversionException("must be a number of seconds >= 0, got " + text);
    }
    return value;
  }
}
