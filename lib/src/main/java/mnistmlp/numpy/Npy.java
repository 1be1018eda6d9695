package mnistmlp.numpy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

  /**
   * A header longer than this is not one NumPy wrote (it writes a few hundred bytes at most);
   * refusing it keeps a declared length from deciding how much memory is taken.
   */
  private static final int MAX_HEADER_LENGTH = 1 << 20;
  /** The most bytes one Java array can hold (the JDK keeps a few for the array's own header). */
  private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private Npy() {}

  public static NpyArray read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Parses a whole {@code .npy} file held in memory; {@code where} names it in error messages. */
  public static NpyArray read(byte[] bytes, String where) throws IOException {
    return read(new ByteArrayInputStream(bytes), where);
  }

  /**
   * Reads one array from a stream that holds nothing else: the header first, then exactly the
   * bytes its shape needs, taken as they arrive (so a header that declares more than the stream
   * holds costs no memory), then a check that the stream has ended.
   */
  public static NpyArray read(InputStream in, String where) throws IOException {
    int major = readPreamble(in, where);
    long headerLength = major == 1
        ? Short.toUnsignedInt(little(need(in, 2, where)).getShort())
        : Integer.toUnsignedLong(little(need(in, 4, where)).getInt());
    if (headerLength > MAX_HEADER_LENGTH) {
      throw new NumpyFormatException(where, "a .npy header of " + headerLength + " bytes is longer than NumPy writes");
    }
    byte[] headerBytes = in.readNBytes((int) headerLength);
    if (headerBytes.length < headerLength) {
      throw new NumpyFormatException(where, "truncated: the header needs " + headerLength + " bytes, "
          + headerBytes.length + " left");
    }
    Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    NpyHeader header = NpyHeader.parse(new String(headerBytes, charset), where);
    return readData(in, header, where);
  }

  /** The magic and the version; returns the major version. */
  private static int readPreamble(InputStream in, String where) throws IOException {
    byte[] preamble = in.readNBytes(MAGIC.length + 2);
    if (!Arrays.equals(preamble, 0, Math.min(preamble.length, MAGIC.length), MAGIC, 0, MAGIC.length)) {
      throw new NumpyFormatException(where, "not a .npy file (bad magic: it does not start with \\x93NUMPY)");
    }
    if (preamble.length < MAGIC.length + 2) {
      throw new NumpyFormatException(where, "truncated: the file ends inside the .npy preamble");
    }
    int major = Byte.toUnsignedInt(preamble[MAGIC.length]);
    int minor = Byte.toUnsignedInt(preamble[MAGIC.length + 1]);
    if (major < 1 || major > 3 || minor != 0) {
      throw new NumpyFormatException(where, "unsupported .npy format version " + major + "." + minor);
    }
    return major;
  }

  private static byte[] need(InputStream in, int bytes, String where) throws IOException {
    byte[] read = in.readNBytes(bytes);
    if (read.length < bytes) {
      throw new NumpyFormatException(where, "truncated: the file ends inside the .npy preamble");
    }
    return read;
  }

  private static ByteBuffer little(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static NpyArray readData(InputStream stream, NpyHeader header, String where) throws IOException {
    DType.Parsed type = DType.parse(header.descr());
    if (type == null) {
      throw new NumpyFormatException(where, "unsupported dtype '" + header.descr()
          + "' (supported: <f8 <f4 <i8 <i4 <i2 |i1 |u1 |b1, either byte order)");
    }
    if (header.fortranOrder()) {
      throw new NumpyFormatException(where, "Fortran-order arrays are not supported; save np.ascontiguousarray(a) instead");
    }
    int count = elementCount(header.shape(), where);
    String shape = NpyArray.shapeString(header.shape()) + " of " + header.descr();
    long dataBytes = (long) count * type.dtype().itemSize();
    if (dataBytes > MAX_ARRAY_BYTES) {
      throw new NumpyFormatException(where, "shape " + shape + " needs " + dataBytes + " bytes, more than one array can hold");
    }
    byte[] data = stream.readNBytes((int) dataBytes); // grows as bytes arrive, never to more than dataBytes
    if (data.length < dataBytes) {
      throw new NumpyFormatException(where, "truncated data: shape " + shape + " needs " + dataBytes
          + " bytes, the file has " + data.length);
    }
    if (stream.read() != -1) {
      throw new NumpyFormatException(where, "unexpected bytes after the data of shape " + shape);
    }
    ByteBuffer in = ByteBuffer.wrap(data).order(type.order());
    DType dtype = type.dtype();
    if (dtype.isFloatingPoint()) {
      double[] values = new double[count];
      for (int k = 0; k < count; k++) {
        values[k] = dtype == DType.FLOAT64 ? in.getDouble() : in.getFloat();
      }
      return NpyArray.ofDoubles(dtype, header.shape(), values);
    }
    long[] values = new long[count];
    for (int k = 0; k < count; k++) {
      values[k] = readInteger(in, dtype);
    }
    return NpyArray.ofLongs(dtype, header.shape(), values);
  }

  /** The number of values of a shape, if a Java array can hold them. */
  private static int elementCount(int[] shape, String where) throws NumpyFormatException {
    try {
      return Math.toIntExact(NpyArray.elementCount(shape));
    } catch (ArithmeticException e) {
      throw new NumpyFormatException(where, "shape " + NpyArray.shapeString(shape)
          + " holds more values than one array can (at most " + Integer.MAX_VALUE + ")");
    }
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

  /** The bytes {@code np.save} would write for this array, format version 1.0. */
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
   * Magic, version 1.0, header length, then the dict padded with spaces and ended by a newline so
   * that the data starts at a multiple of 64 bytes, as NumPy's {@code _wrap_header} does (which
   * adds a full 64 spaces when the header would otherwise end exactly on the boundary). Even 64
   * dimensions stay far below version 1.0's limit of 65,535 header bytes.
   */
  private static void writePreamble(ByteArrayOutputStream out, String dict) {
    byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
    int padding = ALIGNMENT - ((MAGIC.length + 2 + 2 + text.length + 1) % ALIGNMENT);
    if (text.length + padding + 1 > 0xFFFF) {
      throw new IllegalArgumentException("a .npy header of " + text.length + " bytes needs format 2.0, which is not written here");
    }
    out.writeBytes(MAGIC);
    out.writeBytes(new byte[] {1, 0});
    out.writeBytes(little(new byte[2]).putShort((short) (text.length + padding + 1)).array());
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
