package mnistmlp.numpy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static mnistmlp.numpy.NumpyFormatException.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

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

  /**
   * Reads one array from a stream that holds nothing else: the header, exactly the bytes its shape
   * needs (read as they arrive, so a false shape costs no memory), then the stream's end.
   */
  public static NpyArray read(InputStream in, String where) throws IOException {
    check(Arrays.equals(in.readNBytes(MAGIC.length), MAGIC), where, "not a .npy file (bad magic: it does not start with \\x93NUMPY)");
    byte[] version = need(in, 2, where, "preamble: the version");
    int major = version[0];
    check(major >= 1 && major <= 3 && version[1] == 0, where, "unsupported .npy format version " + major + "." + version[1]);
    ByteBuffer length = little(need(in, major == 1 ? 2 : 4, where, "preamble: the header length"));
    long headerLength = major == 1 ? Short.toUnsignedInt(length.getShort()) : Integer.toUnsignedLong(length.getInt());
    check(headerLength <= MAX_HEADER_LENGTH, where, "a .npy header of " + headerLength + " bytes is longer than NumPy writes");
    String header = new String(need(in, headerLength, where, "header: the dict"), major == 3 ? UTF_8 : ISO_8859_1);
    return readData(in, NpyHeader.parse(header, where), where);
  }

  private static NpyArray readData(InputStream in, NpyHeader header, String where) throws IOException {
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
    byte[] dict = new NpyHeader(array.dtype().descr(), false, array.shape()).dictLiteral().getBytes(ISO_8859_1);
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
}
