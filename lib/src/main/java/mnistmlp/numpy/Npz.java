package mnistmlp.numpy;

import static mnistmlp.numpy.NumpyFormatException.check;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mnistmlp.io.AtomicFiles;

/** NumPy's {@code .npz}, a zip of {@code <key>.npy} entries: stored or deflated when read, stored when written. */
public final class Npz {
  private Npz() {}

  /** Every array of the archive by key, in the archive's order. */
  public static Map<String, NpyArray> read(Path file) throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String key = entry.getName().replaceFirst("\\.npy$", "");
        String where = NumpyFormatException.where(file.toString(), key);
        check(!key.equals(entry.getName()), where, "the entry '" + entry.getName() + "' is not a .npy array");
        check(!arrays.containsKey(key), where, "the archive holds this key twice");
        try (InputStream in = zip.getInputStream(entry)) {
          arrays.put(key, Npy.read(in, where)); // from the stream: never more than the header's shape needs
        } catch (ZipException | EOFException e) {
          throw new NumpyFormatException(where, "corrupt zip entry (" + e.getMessage() + ")");
        }
      }
    } catch (ZipException e) {
      throw new NumpyFormatException(file.toString(), "not an .npz file (not a zip archive: " + e.getMessage() + ")");
    }
    return Collections.unmodifiableMap(arrays);
  }

  /** The array under {@code key}, or an error naming the file, the key and the keys there are. */
  public static NpyArray require(Map<String, NpyArray> arrays, String key, Path file) throws NumpyFormatException {
    check(arrays.containsKey(key), NumpyFormatException.where(file.toString(), key),
        "missing key (the file has " + String.join(", ", arrays.keySet()) + ")");
    return arrays.get(key);
  }

  /** Writes the arrays as stored {@code <key>.npy} entries, in the map's order, atomically. */
  public static void write(Path file, Map<String, NpyArray> arrays) throws IOException {
    AtomicFiles.write(file, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
          byte[] bytes = Npy.toBytes(e.getValue());
          ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
          entry.setMethod(ZipEntry.STORED); // which needs the size and the CRC before the bytes
          entry.setSize(bytes.length);
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setCrc(crc.getValue());
          zip.putNextEntry(entry);
          zip.write(bytes);
        }
      }
    });
  }
}
