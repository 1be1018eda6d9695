package mnistmlp.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles as C's and Python's {@code "%.17g"} print them: 17 significant digits, enough to read
 * back the very same double, trailing zeros dropped. (Java's own {@code %.17g} pads with zeros
 * and rounds its shortest representation instead of the exact binary value.)
 */
public final class FullPrecision {
  private static final int DIGITS = 17;

  private FullPrecision() {}

  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1; // of the leading digit
    BigDecimal stripped = rounded.stripTrailingZeros();
    if (exponent < -4 || exponent >= DIGITS) {
      return scientific(stripped, exponent);
    }
    return stripped.toPlainString();
  }

  private static String scientific(BigDecimal stripped, int exponent) {
    String digits = stripped.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = stripped.signum() < 0 ? "-" : "";
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
  }
}
