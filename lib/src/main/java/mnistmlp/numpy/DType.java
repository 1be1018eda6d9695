package mnistmlp.numpy;

/**
 * The element types of the {@code .npy} files this project reads and writes, by NumPy's
 * {@code descr} code. Floats are kept as doubles, integers and booleans as longs in their range.
 */
public enum DType {
  FLOAT64("f8", 0, 0),
  FLOAT32("f4", 0, 0),
  INT64("i8", Long.MIN_VALUE, Long.MAX_VALUE),
  INT32("i4", Integer.MIN_VALUE, Integer.MAX_VALUE),
  INT16("i2", Short.MIN_VALUE, Short.MAX_VALUE),
  INT8("i1", Byte.MIN_VALUE, Byte.MAX_VALUE),
  UINT8("u1", 0, 255),
  BOOL("b1", 0, 1);

  private final String code;
  private final long min;
  private final long max;

  DType(String code, long min, long max) {
    this.code = code;
    this.min = min;
    this.max = max;
  }

  public int itemSize() {
    return code.charAt(1) - '0';
  }

  public boolean isFloatingPoint() {
    return code.charAt(0) == 'f';
  }

  /** Whether an integer value fits this type (booleans are 0 or 1). */
  public boolean holds(long value) {
    return value >= min && value <= max;
  }

  /** NumPy's descr for this type in little-endian order: {@code <f8}, {@code |u1}, … */
  public String descr() {
    return (itemSize() == 1 ? "|" : "<") + code;
  }

  /** The type of a descr such as {@code <f8}, {@code >i4} or {@code |u1}; null if not supported. */
  static DType parse(String descr) {
    for (DType d : values()) {
      // '|' means "no byte order", which only a single byte may have
      boolean ordered = descr.startsWith("<") || descr.startsWith(">") || descr.startsWith("|") && d.itemSize() == 1;
      if (ordered && descr.substring(1).equals(d.code)) {
        return d;
      }
    }
    return null;
  }
}
