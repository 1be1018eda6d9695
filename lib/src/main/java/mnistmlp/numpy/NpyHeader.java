package mnistmlp.numpy;

import static mnistmlp.numpy.NumpyFormatException.check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header, a Python dict literal such as {@code {'descr': '<f8', 'fortran_order': False,
 * 'shape': (3, 4), }}: read one item at a time, strictly, and written as NumPy writes it.
 */
public record NpyHeader(String descr, boolean fortranOrder, int[] shape) {
  /** One item and its comma; values as NumPy writes them (Python 2 wrote {@code 3L}); a list is a structured dtype. */
  private static final Pattern ITEM = Pattern.compile("\\s*(['\"])(?<key>[^'\"]*)\\1\\s*:\\s*"
      + "(?<value>'[^']*'|\"[^\"]*\"|True|False|\\([^()]*\\)|\\[.*?\\])\\s*(,|(?=}))");
  /** A tuple of integers, each short enough to parse as a long. */
  private static final Pattern SHAPE = Pattern.compile("\\(\\s*((\\d{1,18}L?\\s*,\\s*)*(\\d{1,18}L?\\s*,?\\s*)?)\\)");

  /**
   * The dict before padding. NumPy leaves room for the first axis to grow to 21 digits, so that a
   * file can be appended to in place; doing the same makes our bytes {@code np.save}'s bytes.
   */
  public String dictLiteral() {
    String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
        + ", 'shape': " + NpyArray.shapeString(shape) + ", }";
    int growAxis = fortranOrder ? shape.length - 1 : 0;
    return shape.length == 0 ? dict : dict + " ".repeat(21 - Integer.toString(shape[growAxis]).length());
  }

  /** Parses the header text; {@code where} names the file in error messages. */
  static NpyHeader parse(String text, String where) throws NumpyFormatException {
    Map<String, String> dict = items(text.strip(), where);
    check(dict.keySet().equals(Set.of("descr", "fortran_order", "shape")), where,
        "the .npy header has the keys " + dict.keySet() + ", not descr, fortran_order and shape: " + text.strip());
    String descr = dict.get("descr");
    check(descr.matches("'.*'|\".*\""), where, "unsupported dtype " + descr + " (structured arrays are not supported)");
    String fortran = dict.get("fortran_order");
    check(fortran.matches("True|False"), where, "'fortran_order' must be True or False, got " + fortran);
    return new NpyHeader(descr.substring(1, descr.length() - 1), fortran.equals("True"), shape(dict.get("shape"), where));
  }

  /** The dict's items by key, values as written; any other text in the dict is an error. */
  private static Map<String, String> items(String s, String where) throws NumpyFormatException {
    check(s.startsWith("{") && s.endsWith("}"), where, malformed(s, "it is not a dict literal"));
    Map<String, String> dict = new LinkedHashMap<>();
    // transparent bounds: the last item's lookahead may see the closing brace
    Matcher item = ITEM.matcher(s).useTransparentBounds(true).region(1, s.length() - 1);
    while (item.lookingAt()) {
      boolean first = dict.put(item.group("key"), item.group("value")) == null;
      check(first, where, malformed(s, "key '" + item.group("key") + "' appears twice"));
      item.region(item.end(), s.length() - 1);
    }
    boolean allRead = s.substring(item.regionStart(), s.length() - 1).isBlank();
    check(allRead, where, malformed(s, "unexpected text at character " + item.regionStart()));
    return dict;
  }

  private static int[] shape(String value, String where) throws NumpyFormatException {
    check(SHAPE.matcher(value).matches(), where, "'shape' must be a tuple of non-negative integers, got " + value);
    long[] dims = Arrays.stream(value.replaceAll("[()L\\s]", "").split(",")).filter(d -> !d.isEmpty())
        .mapToLong(Long::parseLong).toArray();
    for (long d : dims) {
      check(d <= Integer.MAX_VALUE, where, "dimension " + d + " of the shape is too large");
    }
    return Arrays.stream(dims).mapToInt(Math::toIntExact).toArray();
  }

  private static String malformed(String header, String problem) {
    return "malformed .npy header (" + problem + "): " + header;
  }
}
