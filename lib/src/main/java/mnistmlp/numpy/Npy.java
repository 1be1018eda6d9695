package mnistmlp.numpy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static mnistmlp.numpy.NumpyFormatException.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (NEP 1): magic, version, header length, header, values. Reading is
 * strict: anything this project does not understand is an error naming the file and the fault.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** NumPy writes a few hundred header bytes; refusing more keeps a declared length from deciding an allocation. */
  private static final int MAX_HEADER_LENGTH = 1 << 20;
  /** The most bytes one Java array can hold. */
  private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private Npy() {}

  /** One array from a stream that holds nothing else, read as the bytes arrive: a false shape costs no memory. */
  public static NpyArray read(InputStream in, String where) throws IOException {
    check(Arrays.equals(in.readNBytes(MAGIC.length), MAGIC), where, "not a .npy file (bad magic: it does not start with \\x93NUMPY)");
    byte[] version = need(in, 2, where, "preamble: the version");
    int major = version[0];
    check(major >= 1 && major <= 3 && version[1] == 0, where, "unsupported .npy format version " + major + "." + version[1]);
    ByteBuffer length = little(need(in, major == 1 ? 2 : 4, where, "preamble: the header length"));
    long headerLength = major == 1 ? Short.toUnsignedInt(length.getShort()) : Integer.toUnsignedLong(length.getInt());
    check(headerLength <= MAX_HEADER_LENGTH, where, "a .npy header of " + headerLength + " bytes is longer than NumPy writes");
    String header = new String(need(in, headerLength, where, "header: the dict"), major == 3 ? UTF_8 : ISO_8859_1);
    return readData(in, Header.parse(header, where), where);
  }

  private static NpyArray readData(InputStream in, Header header, String where) throws IOException {
    DType dtype = DType.parse(header.descr());
    check(dtype != null, where, "unsupported dtype '" + header.descr()
        + "' (supported: <f8 <f4 <i8 <i4 |u1 |b1, either byte order)");
    check(!header.fortranOrder(), where, "Fortran-order arrays are not supported; save np.ascontiguousarray(a) instead");
    // counted in double, which cannot overflow and is exact far beyond the limit
    double valueCount = Arrays.stream(header.shape()).asDoubleStream().reduce(1, (a, b) -> a * b);
    check(valueCount <= Integer.MAX_VALUE, where, "shape " + NpyArray.shapeString(header.shape())
        + " holds more values than one array can (at most " + Integer.MAX_VALUE + ")");
    int count = (int) valueCount;
    String shape = NpyArray.shapeString(header.shape()) + " of " + header.descr();
    long dataBytes = (long) count * dtype.itemSize();
    check(dataBytes <= MAX_ARRAY_BYTES, where, "shape " + shape + " needs " + dataBytes + " bytes, more than one array can hold");
    ByteBuffer data = ByteBuffer.wrap(need(in, dataBytes, where, "data: shape " + shape))
        .order(header.descr().startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    check(in.read() == -1, where, "unexpected bytes after the data of shape " + shape);
    if (dtype.isFloatingPoint()) {
      double[] values = new double[count];
      Arrays.setAll(values, k -> dtype == DType.FLOAT64 ? data.getDouble() : data.getFloat());
      return NpyArray.ofDoubles(dtype, header.shape(), values);
    }
    long[] values = new long[count];
    Arrays.setAll(values, k -> dtype == DType.INT64 ? data.getLong() : dtype == DType.INT32 ? data.getInt() : data.get() & 0xFF);
    return NpyArray.ofLongs(dtype, header.shape(), values);
  }

  /** That many bytes, read as they arrive: a stream that ends first is "truncated {what}". */
  private static byte[] need(InputStream in, long bytes, String where, String what) throws IOException {
    byte[] read = in.readNBytes((int) bytes);
    check(read.length == bytes, where, "truncated " + what + " needs " + bytes + " bytes, the file has " + read.length);
    return read;
  }

  /** The bytes {@code np.save} writes (version 1.0): the header padded so the data starts at a multiple of 64. */
  public static byte[] toBytes(NpyArray array) {
    byte[] dict = new Header(array.dtype().descr(), false, array.shape()).dictLiteral().getBytes(ISO_8859_1);
    int preamble = MAGIC.length + 4;
    int headerLength = dict.length + 64 - (preamble + dict.length + 1) % 64 + 1;
    if (headerLength > 0xFFFF) {
      throw new IllegalArgumentException("a .npy header of " + headerLength + " bytes needs format 2.0, not written here");
    }
    int count = array.doubles != null ? array.doubles.length : array.longs.length;
    ByteBuffer out = little(new byte[Math.addExact(preamble + headerLength, Math.multiplyExact(count, array.dtype().itemSize()))]);
    out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerLength).put(dict);
    out.put(" ".repeat(headerLength - dict.length - 1).getBytes(ISO_8859_1)).put((byte) '\n');
    for (int k = 0; k < count; k++) {
      switch (array.dtype()) {
        case FLOAT64 -> out.putDouble(array.doubles[k]);
        case FLOAT32 -> out.putFloat((float) array.doubles[k]);
        case INT64 -> out.putLong(array.longs[k]);
        case INT32 -> out.putInt((int) array.longs[k]);
        case UINT8, BOOL -> out.put((byte) array.longs[k]);
      }
    }
    return out.array();
  }

  private static ByteBuffer little(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The header, a Python dict literal: {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}. */
  record Header(String descr, boolean fortranOrder, int[] shape) {
    /** One item and its comma; values as NumPy writes them (Python 2 wrote {@code 3L}); a list is a structured dtype. */
    private static final Pattern ITEM = Pattern.compile("\\s*(['\"])(?<key>[^'\"]*)\\1\\s*:\\s*"
        + "(?<value>'[^']*'|\"[^\"]*\"|True|False|\\([^()]*\\)|\\[.*?\\])\\s*(,|(?=}))");
    /** A tuple of integers, each short enough to parse as a long. */
    private static final Pattern SHAPE = Pattern.compile("\\(\\s*((\\d{1,18}L?\\s*,\\s*)*(\\d{1,18}L?\\s*,?\\s*)?)\\)");

    /**
     * The dict before padding. NumPy leaves room for the first axis to grow to 21 digits, so that a
     * file can be appended to in place; doing the same makes our bytes {@code np.save}'s bytes.
     */
    String dictLiteral() {
      String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
          + ", 'shape': " + NpyArray.shapeString(shape) + ", }";
      int growAxis = fortranOrder ? shape.length - 1 : 0;
      return shape.length == 0 ? dict : dict + " ".repeat(21 - Integer.toString(shape[growAxis]).length());
    }

    /** Parses the header text; {@code where} names the file in error messages. */
    static Header parse(String text, String where) throws NumpyFormatException {
      Map<String, String> dict = items(text.strip(), where);
      check(dict.keySet().equals(Set.of("descr", "fortran_order", "shape")), where,
          "the .npy header has the keys " + dict.keySet() + ", not descr, fortran_order and shape: " + text.strip());
      String descr = dict.get("descr");
      check(descr.matches("'.*'|\".*\""), where, "unsupported dtype " + descr + " (structured arrays are not supported)");
      String fortran = dict.get("fortran_order");
      check(fortran.matches("True|False"), where, "'fortran_order' must be True or False, got " + fortran);
      return new Header(descr.substring(1, descr.length() - 1), fortran.equals("True"), shape(dict.get("shape"), where));
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
}
