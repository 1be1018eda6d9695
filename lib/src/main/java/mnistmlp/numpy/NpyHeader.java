package mnistmlp.numpy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a {@code .npy} file: a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}, padded with spaces and a
 * newline. This class reads exactly that little language (strings, True/False, tuples of
 * integers) and writes it the way NumPy's {@code format.py} does, byte for byte.
 */
public record NpyHeader(String descr, boolean fortranOrder, int[] shape) {

  /**
   * NumPy leaves room after the dict for the first axis to grow to 21 digits, so that a file can
   * be appended to in place; we copy that so our files are identical to {@code np.save}'s.
   */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  /** The dict literal, without padding, as NumPy formats it (keys sorted, trailing ", "). */
  public String dictLiteral() {
    String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
        + ", 'shape': " + NpyArray.shapeString(shape) + ", }";
    if (shape.length > 0) {
      int growAxis = fortranOrder ? shape.length - 1 : 0;
      dict += " ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[growAxis]).length());
    }
    return dict;
  }

  /** Parses the header text; {@code where} names the file in error messages. */
  static NpyHeader parse(String text, String where) throws NumpyFormatException {
    Map<String, Object> dict = new Parser(text.strip(), where).dictionary();
    for (String key : List.of("descr", "fortran_order", "shape")) {
      if (!dict.containsKey(key)) {
        throw new NumpyFormatException(where, "the .npy header has no '" + key + "': " + text.strip());
      }
    }
    if (dict.size() != 3) {
      throw new NumpyFormatException(where, "unexpected keys in the .npy header: " + dict.keySet());
    }
    if (!(dict.get("descr") instanceof String descr)) {
      throw new NumpyFormatException(where, "unsupported dtype " + dict.get("descr") + " (structured arrays are not supported)");
    }
    if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
      throw new NumpyFormatException(where, "'fortran_order' must be True or False, got " + dict.get("fortran_order"));
    }
    if (!(dict.get("shape") instanceof int[] shape)) {
      throw new NumpyFormatException(where, "'shape' must be a tuple of integers, got " + dict.get("shape"));
    }
    return new NpyHeader(descr, fortran, shape);
  }

  /** A recursive-descent reader for the few Python literals a header may hold. */
  private static final class Parser {
    private final String s;
    private final String where;
    private int pos;

    Parser(String s, String where) {
      this.s = s;
      this.where = where;
    }

    Map<String, Object> dictionary() throws NumpyFormatException {
      Map<String, Object> dict = new LinkedHashMap<>();
      expect('{');
      while (!peek('}')) {
        String key = string();
        expect(':');
        if (dict.put(key, value()) != null) {
          throw error("key '" + key + "' appears twice");
        }
        if (!peek('}')) {
          expect(',');
        }
      }
      expect('}');
      skipSpaces();
      if (pos != s.length()) {
        throw error("unexpected text after the dict");
      }
      return dict;
    }

    private Object value() throws NumpyFormatException {
      skipSpaces();
      if (pos >= s.length()) {
        throw error("the header ends too early");
      }
      char c = s.charAt(pos);
      if (c == '\'' || c == '"') {
        return string();
      }
      if (c == '(') {
        return tuple();
      }
      if (c == '[') {
        return s.substring(pos, s.indexOf(']', pos) < 0 ? s.length() : s.indexOf(']', pos) + 1);
      }
      if (s.startsWith("True", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("False", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      throw error("unexpected value at '" + s.substring(pos, Math.min(s.length(), pos + 10)) + "'");
    }

    private int[] tuple() throws NumpyFormatException {
      expect('(');
      List<Integer> dims = new ArrayList<>();
      while (!peek(')')) {
        dims.add(integer());
        if (!peek(')')) {
          expect(',');
        }
      }
      expect(')');
      return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private int integer() throws NumpyFormatException {
      skipSpaces();
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw error("expected a non-negative integer in the shape");
      }
      String digits = s.substring(start, pos);
      if (pos < s.length() && s.charAt(pos) == 'L') {
        pos++; // Python 2 wrote long integers as 3L
      }
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        throw error("dimension " + digits + " is too large");
      }
    }

    private String string() throws NumpyFormatException {
      skipSpaces();
      if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
        throw error("expected a quoted string");
      }
      char quote = s.charAt(pos++);
      int end = s.indexOf(quote, pos);
      if (end < 0) {
        throw error("unterminated string");
      }
      String value = s.substring(pos, end);
      pos = end + 1;
      return value;
    }

    private boolean peek(char c) {
      skipSpaces();
      return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) throws NumpyFormatException {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private void skipSpaces() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private NumpyFormatException error(String problem) {
      return new NumpyFormatException(where, "malformed .npy header (" + problem + " at character " + pos + "): " + s);
    }
  }
}
