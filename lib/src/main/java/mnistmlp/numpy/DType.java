package mnistmlp.numpy;

import java.nio.ByteOrder;

/**
 * The element types this project reads from {@code .npy} files, by NumPy's {@code descr} code.
 * Floats are kept as doubles, integers and booleans as longs.
 */
public enum DType {
  FLOAT64('f', 8),
  FLOAT32('f', 4),
  INT64('i', 8),
  INT32('i', 4),
  INT16('i', 2),
  INT8('i', 1),
  UINT8('u', 1),
  BOOL('b', 1);

  private final char kind;
  private final int itemSize;

  DType(char kind, int itemSize) {
    this.kind = kind;
    this.itemSize = itemSize;
  }

  public int itemSize() {
    return itemSize;
  }

  public boolean isFloatingPoint() {
    return kind == 'f';
  }

  /** Whether an integer value fits this type (booleans are 0 or 1). */
  public boolean holds(long value) {
    return switch (this) {
      case BOOL -> value == 0 || value == 1;
      case UINT8 -> value >= 0 && value <= 255;
      case INT8 -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
      case INT16 -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
      case INT32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
      default -> true;
    };
  }

  /** NumPy's descr for this type in little-endian order: {@code <f8}, {@code |u1}, … */
  public String descr() {
    return (itemSize == 1 ? "|" : "<") + kind + itemSize;
  }

  /** The type and byte order of a descr such as {@code <f8}, {@code >i4} or {@code |u1}. */
  public record Parsed(DType dtype, ByteOrder order) {}

  /** Parses a descr; null when this project does not support it. */
  static Parsed parse(String descr) {
    if (descr.length() < 3) {
      return null;
    }
    char orderChar = descr.charAt(0);
    char kind = descr.charAt(1);
    int size;
    try {
      size = Integer.parseInt(descr.substring(2));
    } catch (NumberFormatException e) {
      return null;
    }
    for (DType d : values()) {
      if (d.kind == kind && d.itemSize == size) {
        ByteOrder order = byteOrder(orderChar, size);
        return order == null ? null : new Parsed(d, order);
      }
    }
    return null;
  }

  private static ByteOrder byteOrder(char c, int size) {
    return switch (c) {
      case '<' -> ByteOrder.LITTLE_ENDIAN;
      case '>' -> ByteOrder.BIG_ENDIAN;
      case '|' -> size == 1 ? ByteOrder.LITTLE_ENDIAN : null; // '|' means "no byte order": 1 byte only
      default -> null;
    };
  }
}
