package mnistmlp.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {
  @TempDir Path dir;

  @Test
  void readsWhatNumpySavezWrote() throws Exception {
    Path file = dir.resolve("savez.npz");
    Files.write(file, WrittenByNumpy.SAVEZ);
    Map<String, NpyArray> arrays = Npz.read(file);
    assertThat(arrays.keySet()).containsExactly("x", "t");
    assertThat(arrays.get("x").toDoubles()).containsExactly(0.1, 0.2);
    assertThat(arrays.get("t").toLongs()).containsExactly(1);
  }

  @Test
  void readsWhatNumpySavezCompressedWrote() throws Exception {
    Path file = dir.resolve("compressed.npz");
    Files.write(file, WrittenByNumpy.SAVEZ_COMPRESSED);
    Map<String, NpyArray> arrays = Npz.read(file);
    assertThat(arrays.get("t").shape()).containsExactly(1, 2);
    assertThat(arrays.get("t").toDoubles()).containsExactly(0.0, 1.0);
  }

  @Test
  void roundTripsInOrderWithStoredEntriesNamedLikeNumpy() throws Exception {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("W1", NpyArray.ofDoubles(DType.FLOAT64, new int[] {2, 2}, new double[] {1, -2, 3e-9, 4e200}));
    arrays.put("t", NpyTest.labels(9, 0));
    arrays.put("img", NpyArray.ofLongs(DType.UINT8, new int[] {3}, new long[] {0, 128, 255}));
    Path file = dir.resolve("round.npz");

    Npz.write(file, arrays);

    Map<String, NpyArray> read = Npz.read(file);
    assertThat(read.keySet()).containsExactlyElementsOf(arrays.keySet());
    arrays.forEach((key, array) -> NpyTest.assertSameArray(read.get(key), array));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("W1.npy", "t.npy", "img.npy");
      assertThat(zip.stream().map(ZipEntry::getMethod)).containsOnly(ZipEntry.STORED);
    }
    assertThat(Files.list(dir)).containsExactly(file); // no temporary file left behind
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> Npz.read(dir.resolve("absent.npz")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("absent.npz");
  }

  @Test
  void rejectsAFileThatIsNotAZip() throws Exception {
    Path file = Files.writeString(dir.resolve("text.npz"), "W1,b1\n1,2\n");
    assertThatThrownBy(() -> Npz.read(file)).hasMessageStartingWith(file + ": not an .npz file");
  }

  @Test
  void namesTheKeyOfABadEntry() throws Exception {
    Path file = dir.resolve("bad.npz");
    byte[] truncated = java.util.Arrays.copyOf(Npy.toBytes(NpyTest.labels(1, 2)), 130);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("t.npy"));
      zip.write(truncated);
      zip.closeEntry();
    }
    assertThatThrownBy(() -> Npz.read(file)).hasMessageStartingWith(file + ", key 't': truncated data");
  }

  @Test
  void refusesAnArchiveWithAKeyTwiceRatherThanPickOne() throws Exception {
    Path file = Files.write(dir.resolve("dup.npz"), WrittenByNumpy.DUPLICATE_KEY);
    assertThatThrownBy(() -> Npz.read(file)).hasMessage(file + ", key 'x': the archive holds this key twice");
  }

  @Test
  void requireNamesTheMissingKeyAndTheKeysThereAre() throws Exception {
    Path file = dir.resolve("p.npz");
    Map<String, NpyArray> arrays = Map.of("W1", NpyTest.labels(1));
    assertThatThrownBy(() -> Npz.require(arrays, "W2", file))
        .hasMessage(file + ", key 'W2': missing key (the file has W1)");
  }
}
