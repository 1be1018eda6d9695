package mnistmlp.numpy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mnistmlp.io.AtomicFiles;

/**
 * NumPy's {@code .npz}: a zip archive holding one {@code <key>.npy} entry per array, what
 * {@code np.savez} writes (entries stored) and {@code np.savez_compressed} writes (deflated).
 * Both are read; this class writes stored entries, like {@code np.savez}.
 */
public final class Npz {
  private static final String SUFFIX = ".npy";

  private Npz() {}

  /** Every array of the archive by key, in the archive's order. */
  public static Map<String, NpyArray> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw new NumpyFormatException(file.toString(), "is a directory, not an .npz file");
    }
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String key = keyOf(entry.getName());
        String where = NumpyFormatException.where(file.toString(), key);
        if (!entry.getName().endsWith(SUFFIX)) {
          throw new NumpyFormatException(where, "the entry '" + entry.getName() + "' is not a .npy array");
        }
        if (arrays.containsKey(key)) {
          throw new NumpyFormatException(where, "the archive holds this key twice");
        }
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
    NpyArray array = arrays.get(key);
    if (array == null) {
      throw new NumpyFormatException(NumpyFormatException.where(file.toString(), key),
          "missing key (the file has " + String.join(", ", arrays.keySet()) + ")");
    }
    return array;
  }

  /** Writes the arrays as {@code <key>.npy} entries, in the map's order, atomically. */
  public static void write(Path file, Map<String, NpyArray> arrays) throws IOException {
    AtomicFiles.write(file, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
          putStored(zip, e.getKey() + SUFFIX, Npy.toBytes(e.getValue()));
        }
      }
    });
  }

  /** A stored (uncompressed) entry needs its size and CRC before its bytes. */
  private static void putStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static String keyOf(String entryName) {
    return entryName.endsWith(SUFFIX) ? entryName.substring(0, entryName.length() - SUFFIX.length()) : entryName;
  }
}
