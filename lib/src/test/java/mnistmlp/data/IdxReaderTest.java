package mnistmlp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir Path dir;

  @Test
  void readsWhatTheWriterWrote_gzipAndRaw() throws IOException {
    ImageSet set = TestData.images(5);
    for (String name : new String[] {"x-images-idx3-ubyte.gz", "x-images-idx3-ubyte"}) {
      Path images = dir.resolve(name);
      Path labels = dir.resolve(name.replace("images-idx3", "labels-idx1"));
      IdxWriter.writeImages(images, set.pixels());
      IdxWriter.writeLabels(labels, set.labels());
      ImageSet read = IdxReader.readSet(images, labels);
      assertThat(read.pixels()).isEqualTo(set.pixels());
      assertThat(read.labels()).isEqualTo(set.labels());
    }
    assertThat(Files.readAllBytes(dir.resolve("x-images-idx3-ubyte.gz"))).startsWith((byte) 0x1f, (byte) 0x8b);
  }

  @Test
  void emptyFile() throws IOException {
    Path file = Files.write(dir.resolve("empty-images-idx3-ubyte"), new byte[0]);
    assertFault(() -> IdxReader.readImages(file), file, "empty file");
  }

  @Test
  void missingFile() {
    Path file = dir.resolve("absent-labels-idx1-ubyte.gz");
    assertFault(() -> IdxReader.readLabels(file), file, "file not found");
  }

  @Test
  void truncatedHeader() throws IOException {
    Path file = Files.write(dir.resolve("short-images-idx3-ubyte"), Arrays.copyOf(imagesBytes(2), 10));
    assertFault(() -> IdxReader.readImages(file), file, "truncated header: 10 bytes");
  }

  @Test
  void truncatedBody_raw() throws IOException {
    byte[] whole = imagesBytes(3);
    Path file = Files.write(dir.resolve("cut-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length - 100));
    assertFault(() -> IdxReader.readImages(file), file, "truncated body: the header declares 2352 image bytes but only 2252 follow");
  }

  @Test
  void truncatedGzipStream() throws IOException {
    byte[] gz = TestData.gzip(imagesBytes(50));
    Path file = Files.write(dir.resolve("cut-images-idx3-ubyte.gz"), Arrays.copyOf(gz, gz.length / 2));
    assertFault(() -> IdxReader.readImages(file), file, "truncated gzip data");
  }

  @Test
  void extraBytesAfterTheBody() throws IOException {
    byte[] whole = imagesBytes(1);
    Path file = Files.write(dir.resolve("long-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length + 3));
    assertFault(() -> IdxReader.readImages(file), file, "wrong length: 3 unexpected bytes");
  }

  @Test
  void wrongMagic_labelsFileGivenAsImages() throws IOException {
    Path file = dir.resolve("labels-idx1-ubyte");
    IdxWriter.writeLabels(file, new byte[] {1, 2});
    assertFault(() -> IdxReader.readImages(file), file, "wrong magic number 0x00000801 (expected 0x00000803 for idx3 images)");
  }

  @Test
  void wrongDimensions() throws IOException {
    byte[] bytes = imagesBytes(1);
    ByteBuffer.wrap(bytes).putInt(8, 27);
    Path file = Files.write(dir.resolve("odd-images-idx3-ubyte"), bytes);
    assertFault(() -> IdxReader.readImages(file), file, "wrong dimensions 27×28 (expected 28×28)");
  }

  @Test
  void implausibleCount() throws IOException {
    byte[] bytes = imagesBytes(1);
    ByteBuffer.wrap(bytes).putInt(4, -1);
    Path file = Files.write(dir.resolve("huge-images-idx3-ubyte"), bytes);
    assertFault(() -> IdxReader.readImages(file), file, "implausible count 4294967295");
  }

  @Test
  void aDeclaredCountFarBeyondTheBodyIsATruncatedBody() throws IOException {
    byte[] bytes = imagesBytes(1);
    ByteBuffer.wrap(bytes).putInt(4, 999_999);
    Path file = Files.write(dir.resolve("boast-images-idx3-ubyte"), bytes);
    assertFault(() -> IdxReader.readImages(file), file, "truncated body: the header declares 783999216 image bytes but only 784 follow");
  }

  @Test
  void anEmptySetIsRefused() throws IOException {
    Path images = dir.resolve("t10k-images-idx3-ubyte");
    Path labels = dir.resolve("t10k-labels-idx1-ubyte");
    IdxWriter.writeImages(images, new byte[0]);
    IdxWriter.writeLabels(labels, new byte[0]);
    assertFault(() -> IdxReader.readSet(images, labels), images, "no images (the header declares 0)");
  }

  @Test
  void imagesAndLabelsCountMismatch() throws IOException {
    Path images = dir.resolve("train-images-idx3-ubyte.gz");
    Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
    IdxWriter.writeImages(images, TestData.images(4).pixels());
    IdxWriter.writeLabels(labels, new byte[] {1, 2, 3});
    assertFault(() -> IdxReader.readSet(images, labels), labels,
        "count mismatch: 3 labels but train-images-idx3-ubyte.gz holds 4 images");
  }

  @Test
  void labelTen() throws IOException {
    Path file = dir.resolve("bad-labels-idx1-ubyte.gz");
    IdxWriter.writeLabels(file, new byte[] {0, 9, 10});
    assertFault(() -> IdxReader.readLabels(file), file, "label 10 at index 2 (labels must be 0..9)");
  }

  @Test
  void notGzipAlthoughNamedGz() throws IOException {
    Path file = Files.write(dir.resolve("plain-images-idx3-ubyte.gz"), imagesBytes(1));
    assertFault(() -> IdxReader.readImages(file), file, "not gzip data although the name ends in .gz");
  }

  @Test
  void corruptGzipData() throws IOException {
    byte[] gz = TestData.gzip(imagesBytes(20));
    gz[gz.length / 2] ^= (byte) 0xFF;
    gz[gz.length / 2 + 1] ^= (byte) 0xFF;
    Path file = Files.write(dir.resolve("flipped-images-idx3-ubyte.gz"), gz);
    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("gzip");
  }

  /** A raw idx3 file of {@code n} images, built by the writer. */
  private byte[] imagesBytes(int n) throws IOException {
    Path raw = dir.resolve("raw-" + n);
    IdxWriter.writeImages(raw, TestData.images(n).pixels());
    return Files.readAllBytes(raw);
  }

  /** The error is one line that starts with the file and then names the fault. */
  private static void assertFault(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, Path file, String fault) {
    assertThatThrownBy(read)
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(file + ": " + fault)
        .message().doesNotContain("\n");
  }
}
