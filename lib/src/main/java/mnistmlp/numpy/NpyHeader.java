package mnistmlp.numpy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} file: a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}, padded with spaces and a
 * newline. This class reads exactly that little language (strings, True/False, tuples of
 * integers), one item at a time with a regular expression, and writes it the way NumPy's
 * {@code format.py} does, byte for byte.
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

  /**
   * One {@code 'key': value} item of the dict and the comma after it. Values are what NumPy
   * writes: a quoted string, True or False, a tuple of integers (Python 2 wrote {@code 3L}), or a
   * list, which only a structured dtype has.
   */
  private static final Pattern ITEM = Pattern.compile(
      "\\s*(['\"])(?<key>[^'\"]*)\\1\\s*:\\s*(?<value>'[^']*'|\"[^\"]*\"|True|False|\\([^()]*\\)|\\[.*?\\])\\s*(,|(?=}))");
  private static final Pattern SHAPE = Pattern.compile("\\(\\s*((\\d+L?\\s*,\\s*)*(\\d+L?\\s*,?\\s*)?)\\)");

  /** Parses the header text; {@code where} names the file in error messages. */
  static NpyHeader parse(String text, String where) throws NumpyFormatException {
    Map<String, String> dict = items(text.strip(), where);
    for (String key : List.of("descr", "fortran_order", "shape")) {
      if (!dict.containsKey(key)) {
        throw new NumpyFormatException(where, "the .npy header has no '" + key + "': " + text.strip());
      }
    }
    if (dict.size() != 3) {
      throw new NumpyFormatException(where, "unexpected keys in the .npy header: " + dict.keySet());
    }
    String descr = dict.get("descr");
    if (!descr.startsWith("'") && !descr.startsWith("\"")) {
      throw new NumpyFormatException(where, "unsupported dtype " + descr + " (structured arrays are not supported)");
    }
    String fortran = dict.get("fortran_order");
    if (!fortran.equals("True") && !fortran.equals("False")) {
      throw new NumpyFormatException(where, "'fortran_order' must be True or False, got " + fortran);
    }
    return new NpyHeader(descr.substring(1, descr.length() - 1), fortran.equals("True"), shape(dict.get("shape"), where));
  }

  /** The dict's items by key, values as written; anything else in the text is an error. */
  private static Map<String, String> items(String s, String where) throws NumpyFormatException {
    if (!s.startsWith("{") || !s.endsWith("}")) {
      throw malformed(s, "it is not a dict literal", where);
    }
    Map<String, String> dict = new LinkedHashMap<>();
    Matcher item = ITEM.matcher(s).useTransparentBounds(true).region(1, s.length() - 1); // the last comma may see '}' 
    while (item.lookingAt()) {
      if (dict.put(item.group("key"), item.group("value")) != null) {
        throw malformed(s, "key '" + item.group("key") + "' appears twice", where);
      }
      item.region(item.end(), s.length() - 1);
    }
    if (!s.substring(item.regionStart(), s.length() - 1).isBlank()) {
      throw malformed(s, "unexpected text at character " + item.regionStart(), where);
    }
    return dict;
  }

  private static int[] shape(String value, String where) throws NumpyFormatException {
    Matcher tuple = SHAPE.matcher(value);
    if (!tuple.matches()) {
      throw new NumpyFormatException(where, "'shape' must be a tuple of non-negative integers, got " + value);
    }
    String[] dims = tuple.group(1).replace("L", "").split("\\s*,\\s*");
    int[] shape = new int[tuple.group(1).isBlank() ? 0 : dims.length];
    for (int i = 0; i < shape.length; i++) {
      try {
        shape[i] = Integer.parseInt(dims[i].strip());
      } catch (NumberFormatException e) {
        throw new NumpyFormatException(where, "dimension " + dims[i].strip() + " of the shape is too large");
      }
    }
    return shape;
  }

  private static NumpyFormatException malformed(String header, String problem, String where) {
    return new NumpyFormatException(where, "malformed .npy header (" + problem + "): " + header);
  }
}
