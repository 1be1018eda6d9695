package mnistmlp.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NpyTest {

  /**
   * The bytes the .npy specification prescribes for version 1.0, built independently of the
   * writer: magic, version, little-endian header length, the dict, NumPy's 21-digit growth room,
   * spaces, a newline ending at a multiple of 64, then the values.
   */
  static byte[] bySpecification(String descr, String shape, int firstAxisDigits, byte[] data) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }"
        + " ".repeat(21 - firstAxisDigits);
    int unpadded = 10 + dict.length() + 1;
    int padding = 64 - unpadded % 64;
    String header = dict + " ".repeat(padding) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    out.writeBytes(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length()).array());
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
    return out.toByteArray();
  }

  static NpyArray read(byte[] file, String where) throws java.io.IOException {
    return Npy.read(new java.io.ByteArrayInputStream(file), where);
  }

  /** The same type, shape and values, bit for bit (NaN equals NaN, 0.0 differs from -0.0). */
  static void assertSameArray(NpyArray actual, NpyArray expected) {
    assertThat(actual.dtype()).isEqualTo(expected.dtype());
    assertThat(actual.shape()).isEqualTo(expected.shape());
    assertThat(Arrays.equals(actual.doubles, expected.doubles)).as("doubles").isTrue();
    assertThat(Arrays.equals(actual.longs, expected.longs)).as("longs").isTrue();
  }

  /** A 1-D int64 array, how NumPy stores labels by default. */
  static NpyArray labels(long... values) {
    return NpyArray.ofLongs(DType.INT64, new int[] {values.length}, values);
  }

  static byte[] littleEndianDoubles(double... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : values) {
      b.putDouble(v);
    }
    return b.array();
  }

  @Test
  void writesFloat64ExactlyAsTheSpecificationSays() {
    NpyArray a = NpyArray.ofDoubles(DType.FLOAT64, new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6});
    byte[] expected = bySpecification("<f8", "(2, 3)", 1, littleEndianDoubles(1, 2, 3, 4, 5, 6));
    assertThat(Npy.toBytes(a)).isEqualTo(expected);
    assertThat(Npy.toBytes(a).length % 16).isZero();
  }

  @Test
  void writesInt64AndUint8ExactlyAsTheSpecificationSays() {
    ByteBuffer t = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(3).putLong(0).putLong(9);
    assertThat(Npy.toBytes(labels(3, 0, 9))).isEqualTo(bySpecification("<i8", "(3,)", 1, t.array()));

    NpyArray pixels = NpyArray.ofLongs(DType.UINT8, new int[] {2, 2}, new long[] {0, 255, 7, 128});
    assertThat(Npy.toBytes(pixels)).isEqualTo(bySpecification("|u1", "(2, 2)", 1, new byte[] {0, (byte) 255, 7, (byte) 128}));
  }

  @Test
  void writesTheSameBytesAsNumpyDid() throws Exception {
    for (byte[] numpyFile : new byte[][] {WrittenByNumpy.FLOAT64_2X3, WrittenByNumpy.INT64_LABELS, WrittenByNumpy.UINT8_2X2}) {
      NpyArray a = read(numpyFile, "numpy.npy");
      assertThat(Npy.toBytes(a)).isEqualTo(numpyFile);
    }
  }

  @Test
  void readsWhatNumpyWrote() throws Exception {
    NpyArray a = read(WrittenByNumpy.FLOAT64_2X3, "a.npy");
    assertThat(a.dtype()).isEqualTo(DType.FLOAT64);
    assertThat(a.shape()).containsExactly(2, 3);
    assertThat(a.toDoubles()).containsExactly(0.5, -1.25, 3.0, 1e-300, Double.MIN_VALUE, -0.0);

    NpyArray t = read(WrittenByNumpy.INT64_LABELS, "t.npy");
    assertThat(t.shapeString()).isEqualTo("(3,)");
    assertThat(t.toLongs()).containsExactly(3, 0, 9);

    NpyArray u = read(WrittenByNumpy.UINT8_2X2, "u.npy");
    assertThat(u.dtype()).isEqualTo(DType.UINT8);
    assertThat(u.toLongs()).containsExactly(0, 255, 7, 128);
  }

  @Test
  void roundTripsEveryValue() throws Exception {
    NpyArray a = NpyArray.ofDoubles(DType.FLOAT64, new int[] {3, 1}, new double[] {Math.PI, -Double.MAX_VALUE, Double.NaN});
    assertSameArray(read(Npy.toBytes(a), "a.npy"), a);
    NpyArray b = NpyArray.ofLongs(DType.INT64, new int[] {2}, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    assertSameArray(read(Npy.toBytes(b), "b.npy"), b);
  }

  @Test
  void readsFloat32AndBigEndianAndVersion2() throws Exception {
    ByteBuffer f4 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f);
    byte[] file = bySpecification("<f4", "(2,)", 1, f4.array());
    assertThat(read(file, "f4.npy").toDoubles()).containsExactly(1.5, -2.0);

    ByteBuffer be = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(258);
    assertThat(read(bySpecification(">i4", "(1,)", 1, be.array()), "be.npy").toLongs()).containsExactly(258);

    byte[] v1 = Npy.toBytes(labels(4));
    assertThat(read(asVersion2(v1), "v2.npy").toLongs()).containsExactly(4);
  }

  /** The same file with a 2.0 preamble: a four-byte header length. */
  private static byte[] asVersion2(byte[] v1) {
    int headerLength = ByteBuffer.wrap(v1, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
    ByteBuffer out = ByteBuffer.allocate(v1.length + 2).order(ByteOrder.LITTLE_ENDIAN);
    out.put(Arrays.copyOf(v1, 6)).put((byte) 2).put((byte) 0).putInt(headerLength);
    out.put(v1, 10, v1.length - 10);
    return out.array();
  }

  @Test
  void rejectsABadMagic() {
    byte[] bytes = Npy.toBytes(labels(1));
    bytes[1] = 'X';
    assertThatThrownBy(() -> read(bytes, "bad.npy"))
        .isInstanceOf(NumpyFormatException.class)
        .hasMessageContaining("bad.npy")
        .hasMessageContaining("bad magic");
    assertThatThrownBy(() -> read(new byte[3], "tiny.npy")).hasMessageContaining("tiny.npy: not a .npy file");
  }

  @Test
  void rejectsAnUnsupportedDtype() {
    byte[] complex = bySpecification("<c16", "(1,)", 1, new byte[16]);
    assertThatThrownBy(() -> read(complex, "c.npy")).hasMessageContaining("c.npy: unsupported dtype '<c16'");
    byte[] text = bySpecification("<U3", "(1,)", 1, new byte[12]);
    assertThatThrownBy(() -> read(text, "u.npy")).hasMessageContaining("unsupported dtype '<U3'");
    byte[] int8 = bySpecification("|i1", "(1,)", 1, new byte[1]);
    assertThatThrownBy(() -> read(int8, "i.npy")).hasMessage("i.npy: unsupported dtype '|i1' (supported: <f8 <f4 <i8 <i4 |u1 |b1, either byte order)");
  }

  @Test
  void rejectsFortranOrder() {
    byte[] c = bySpecification("<f8", "(1, 1)", 1, new byte[8]);
    byte[] fortran = new String(c, StandardCharsets.ISO_8859_1).replace("False", "True ").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(fortran, "f.npy")).hasMessageContaining("f.npy: Fortran-order arrays are not supported");
  }

  @Test
  void rejectsTruncatedDataAndTrailingBytes() {
    byte[] whole = Npy.toBytes(labels(1, 2, 3));
    assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length - 1), "t.npy"))
        .hasMessageContaining("t.npy: truncated data: shape (3,) of <i8 needs 24 bytes, the file has 23");
    assertThatThrownBy(() -> read(Arrays.copyOf(whole, 40), "h.npy")).hasMessageContaining("h.npy: truncated");
    assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length + 8), "long.npy"))
        .hasMessageContaining("long.npy: unexpected bytes after the data of shape (3,) of <i8");
  }

  @Test
  void rejectsMalformedHeaders() {
    for (String shape : new String[] {"(2, x)", "[2, 3]", "(-1,)"}) {
      byte[] bytes = bySpecification("<f8", shape, 1, new byte[48]);
      assertThatThrownBy(() -> read(bytes, "h.npy")).hasMessageStartingWith("h.npy: ");
    }
    byte[] missingShape = new String(bySpecification("<f8", "(1,)", 1, new byte[8]), StandardCharsets.ISO_8859_1)
        .replace("'shape'", "'shope'").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(missingShape, "m.npy")).hasMessageContaining("has the keys [descr, fortran_order, shope]");
  }

  @Test
  void refusesShapesWithMoreValuesThanAnArrayCanHoldBeforeReadingData() {
    byte[] wraps = bySpecification("<f8", "(1073764994, 2147437309)", 10, new byte[8]);
    assertThatThrownBy(() -> read(wraps, "w.npy"))
        .hasMessage("w.npy: shape (1073764994, 2147437309) holds more values than one array can (at most 2147483647)");
    byte[] beyondLong = bySpecification("<f8", "(2147483647, 2147483647, 2147483647)", 10, new byte[8]);
    assertThatThrownBy(() -> read(beyondLong, "l.npy")).hasMessageContaining("l.npy: shape (2147483647, 2147483647, 2147483647) holds more");
    byte[] tooManyBytes = bySpecification("<f8", "(1073741824,)", 10, new byte[8]);
    assertThatThrownBy(() -> read(tooManyBytes, "b.npy"))
        .hasMessage("b.npy: shape (1073741824,) of <f8 needs 8589934592 bytes, more than one array can hold");
  }

  @Test
  void refusesAHeaderLongerThanNumpyWrites() {
    ByteBuffer v2 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    v2.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(Integer.MAX_VALUE);
    assertThatThrownBy(() -> read(v2.array(), "h.npy"))
        .hasMessage("h.npy: a .npy header of 2147483647 bytes is longer than NumPy writes");
  }

  @Test
  void readsFromAStreamOnlyWhatTheShapeNeeds() throws Exception {
    byte[] whole = Npy.toBytes(labels(1, 2, 3));
    byte[] withTail = Arrays.copyOf(whole, whole.length + (1 << 20));
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(withTail);
    assertThatThrownBy(() -> Npy.read(in, "s.npy")).hasMessage("s.npy: unexpected bytes after the data of shape (3,) of <i8");
    assertThat(in.available()).isEqualTo((1 << 20) - 1); // one byte past the data, no more
  }

  @Test
  void integersMustFitTheirDtype() {
    assertThatThrownBy(() -> NpyArray.ofLongs(DType.UINT8, new int[] {2}, new long[] {255, 256}))
        .hasMessage("value 256 at index 1 does not fit |u1");
    assertThatThrownBy(() -> NpyArray.ofLongs(DType.INT32, new int[] {1}, new long[] {1L << 31})).hasMessageContaining("does not fit <i4");
    assertThatThrownBy(() -> NpyArray.ofLongs(DType.BOOL, new int[] {1}, new long[] {2})).hasMessageContaining("does not fit |b1");
    assertThatThrownBy(() -> NpyArray.ofLongs(DType.FLOAT64, new int[] {1}, new long[] {2})).hasMessage("<f8 is not an integer type");
    assertThat(NpyArray.ofLongs(DType.INT32, new int[] {2}, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}).toLongs())
        .containsExactly(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }
}
