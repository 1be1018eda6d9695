package mnistmlp.numpy;

import java.util.Arrays;

/** The element types of the {@code .npy} files this project reads and writes, by NumPy's descr code. */
public enum DType {
  FLOAT64("f8"), FLOAT32("f4"), INT64("i8"), INT32("i4"), UINT8("u1"), BOOL("b1");

  private final String code; // the descr without its byte order: kind and size in bytes

  DType(String code) {
    this.code = code;
  }

  public int itemSize() {
    return code.charAt(1) - '0';
  }

  public boolean isFloatingPoint() {
    return code.charAt(0) == 'f';
  }

  /** Whether an integer value fits this type (booleans are 0 or 1). */
  public boolean holds(long value) {
    return switch (this) {
      case BOOL -> value == 0 || value == 1;
      case UINT8 -> value == (value & 0xFF);
      case INT32 -> value == (int) value;
      default -> true;
    };
  }

  /** NumPy's descr for this type in little-endian order: {@code <f8}, {@code |u1}, … */
  public String descr() {
    return (itemSize() == 1 ? "|" : "<") + code;
  }

  /** The type of a descr such as {@code <f8}, {@code >i4} or {@code |u1}; null if not supported. */
  static DType parse(String descr) {
    // '|' means "no byte order", which only a single byte may have
    return Arrays.stream(values()).filter(d -> descr.matches((d.itemSize() == 1 ? "[<>|]" : "[<>]") + d.code))
        .findFirst().orElse(null);
  }
}
