package mnistmlp.numpy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mnistmlp.io.AtomicFiles;

/**
 * NumPy's {@code .npy} format (NEP 1): the magic {@code \x93NUMPY}, a version, the header length,
 * a text header (see {@link NpyHeader}) and the raw values. Reading is strict: anything this
 * project does not understand is an error naming the file and the problem, never a guess.
 */
public final class Npy {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** NumPy aligns the start of the data to 64 bytes. */
  private static final int ALIGNMENT = 64;

  private Npy() {}

  public static NpyArray read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /** Parses a whole {@code .npy} file; {@code where} names it in error messages. */
  public static NpyArray read(byte[] bytes, String where) throws NumpyFormatException {
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    checkMagic(in, where);
    int major = Byte.toUnsignedInt(in.get());
    int minor = Byte.toUnsignedInt(in.get());
    if (major < 1 || major > 3 || minor != 0) {
      throw new NumpyFormatException(where, "unsupported .npy format version " + major + "." + minor);
    }
    long headerLength = major == 1 ? Short.toUnsignedInt(need(in, 2, where).getShort()) : Integer.toUnsignedLong(need(in, 4, where).getInt());
    if (headerLength > in.remaining()) {
      throw new NumpyFormatException(where, "truncated: the header needs " + headerLength + " bytes, " + in.remaining() + " left");
    }
    byte[] headerBytes = new byte[(int) headerLength];
    in.get(headerBytes);
    Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    NpyHeader header = NpyHeader.parse(new String(headerBytes, charset), where);
    return readData(in, header, where);
  }

  private static void checkMagic(ByteBuffer in, String where) throws NumpyFormatException {
    for (byte expected : MAGIC) {
      if (!in.hasRemaining() || in.get() != expected) {
        throw new NumpyFormatException(where, "not a .npy file (bad magic: it does not start with \\x93NUMPY)");
      }
    }
    need(in, 2, where);
  }

  private static ByteBuffer need(ByteBuffer in, int bytes, String where) throws NumpyFormatException {
    if (in.remaining() < bytes) {
      throw new NumpyFormatException(where, "truncated: the file ends inside the .npy preamble");
    }
    return in;
  }

  private static NpyArray readData(ByteBuffer in, NpyHeader header, String where) throws NumpyFormatException {
    DType.Parsed type = DType.parse(header.descr());
    if (type == null) {
      throw new NumpyFormatException(where, "unsupported dtype '" + header.descr()
          + "' (supported: <f8 <f4 <i8 <i4 <i2 |i1 |u1 |b1, either byte order)");
    }
    if (header.fortranOrder()) {
      throw new NumpyFormatException(where, "Fortran-order arrays are not supported; save np.ascontiguousarray(a) instead");
    }
    long count = NpyArray.elementCount(header.shape());
    long dataBytes = count * type.dtype().itemSize();
    if (dataBytes > in.remaining()) {
      throw new NumpyFormatException(where, "truncated data: shape " + NpyArray.shapeString(header.shape()) + " of "
          + header.descr() + " needs " + dataBytes + " bytes, the file has " + in.remaining());
    }
    if (dataBytes < in.remaining()) {
      throw new NumpyFormatException(where, (in.remaining() - dataBytes) + " unexpected bytes after the data of shape "
          + NpyArray.shapeString(header.shape()));
    }
    in.order(type.order());
    DType dtype = type.dtype();
    int n = (int) count;
    if (dtype.isFloatingPoint()) {
      double[] values = new double[n];
      for (int k = 0; k < n; k++) {
        values[k] = dtype == DType.FLOAT64 ? in.getDouble() : in.getFloat();
      }
      return NpyArray.ofDoubles(dtype, header.shape(), values);
    }
    long[] values = new long[n];
    for (int k = 0; k < n; k++) {
      values[k] = readInteger(in, dtype);
    }
    return NpyArray.ofLongs(dtype, header.shape(), values);
  }

  private static long readInteger(ByteBuffer in, DType dtype) {
    return switch (dtype) {
      case INT64 -> in.getLong();
      case INT32 -> in.getInt();
      case INT16 -> in.getShort();
      case INT8 -> in.get();
      case UINT8, BOOL -> Byte.toUnsignedInt(in.get());
      default -> throw new IllegalStateException(dtype.name());
    };
  }

  /** The bytes {@code np.save} would write for this array (format version 1.0, or 2.0 if the header is huge). */
  public static byte[] toBytes(NpyArray array) {
    String dict = new NpyHeader(array.dtype().descr(), false, array.shape()).dictLiteral();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePreamble(out, dict);
    ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(array.size() * array.dtype().itemSize()))
        .order(ByteOrder.LITTLE_ENDIAN);
    writeValues(data, array);
    out.write(data.array(), 0, data.position());
    return out.toByteArray();
  }

  /** Writes the array to a file, atomically. */
  public static void write(Path file, NpyArray array) throws IOException {
    AtomicFiles.write(file, toBytes(array));
  }

  /**
   * Magic, version, header length, then the dict padded with spaces and ended by a newline so
   * that the data starts at a multiple of 64 bytes, as NumPy's {@code _wrap_header} does (which
   * adds a full 64 spaces when the header would otherwise end exactly on the boundary).
   */
  private static void writePreamble(ByteArrayOutputStream out, String dict) {
    byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
    int lengthFieldSize = 2;
    int textWithNewline = text.length + 1;
    int padding = ALIGNMENT - ((MAGIC.length + 2 + lengthFieldSize + textWithNewline) % ALIGNMENT);
    int major = 1;
    if (textWithNewline + padding > 0xFFFF) { // too long for version 1.0's two-byte length
      major = 2;
      lengthFieldSize = 4;
      padding = ALIGNMENT - ((MAGIC.length + 2 + lengthFieldSize + textWithNewline) % ALIGNMENT);
    }
    int headerLength = textWithNewline + padding;
    out.writeBytes(MAGIC);
    out.write(major);
    out.write(0);
    ByteBuffer length = ByteBuffer.allocate(lengthFieldSize).order(ByteOrder.LITTLE_ENDIAN);
    if (lengthFieldSize == 2) {
      length.putShort((short) headerLength);
    } else {
      length.putInt(headerLength);
    }
    out.writeBytes(length.array());
    out.writeBytes(text);
    out.writeBytes(" ".repeat(padding).getBytes(StandardCharsets.ISO_8859_1));
    out.write('\n');
  }

  private static void writeValues(ByteBuffer data, NpyArray array) {
    double[] doubles = array.doublesOrNull();
    long[] longs = array.longsOrNull();
    for (int k = 0; k < array.size(); k++) {
      switch (array.dtype()) {
        case FLOAT64 -> data.putDouble(doubles[k]);
        case FLOAT32 -> data.putFloat((float) doubles[k]);
        case INT64 -> data.putLong(longs[k]);
        case INT32 -> data.putInt((int) longs[k]);
        case INT16 -> data.putShort((short) longs[k]);
        case INT8, UINT8, BOOL -> data.put((byte) longs[k]);
      }
    }
  }
}
