package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mnistmlp.data.Batch;
import mnistmlp.functions.CrossEntropy;
import mnistmlp.math.Matrix;
import mnistmlp.numpy.DType;
import mnistmlp.numpy.NpyArray;
import mnistmlp.numpy.Npz;
import mnistmlp.numpy.NumpyFormatException;

/**
 * A batch as an {@code .npz}: {@code x}, float (n, d) images, and {@code t}, the labels either as
 * n class indices of any integer dtype or as (n, classes) one-hot rows, the book's two forms.
 */
public final class BatchFiles {
  private BatchFiles() {}

  public static Batch read(Path file) throws IOException {
    Map<String, NpyArray> arrays = Npz.read(file);
    NpyArray x = Npz.require(arrays, "x", file);
    if (!x.dtype().isFloatingPoint()) {
      throw new NumpyFormatException(NumpyFormatException.where(file.toString(), "x"),
          "dtype " + x.dtype().descr() + ", expected floating point (normalised pixels)");
    }
    if (x.ndim() != 2) {
      throw ParameterFiles.shapeError(file, "x", x, "(n, pixels)");
    }
    int n = x.shape()[0];
    if (n == 0) {
      throw new NumpyFormatException(NumpyFormatException.where(file.toString(), "x"),
          "shape " + x.shapeString() + " has no rows; a batch needs at least one image");
    }
    return new Batch(x.toMatrix(), labels(Npz.require(arrays, "t", file), n, file));
  }

  /** Writes {@code x} as float64 (n, d) and {@code t} as int64 (n,), atomically. */
  public static void write(Path file, Batch batch) throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("x", NpyArray.of(batch.x()));
    arrays.put("t", NpyArray.ofLabels(batch.t()));
    Npz.write(file, arrays);
  }

  private static int[] labels(NpyArray t, int n, Path file) throws NumpyFormatException {
    String where = NumpyFormatException.where(file.toString(), "t");
    int[] s = t.shape();
    if (s.length == 1 && s[0] == n) {
      return classIndices(t, where);
    }
    if (s.length == 2 && s[0] == n) {
      try {
        return CrossEntropy.labelsOf(Matrix.wrap(s[0], s[1], t.toDoubles()));
      } catch (IllegalArgumentException e) {
        throw new NumpyFormatException(where, e.getMessage());
      }
    }
    throw ParameterFiles.shapeError(file, "t", t, "(" + n + ",) class indices or (" + n + ", classes) one-hot rows");
  }

  private static int[] classIndices(NpyArray t, String where) throws NumpyFormatException {
    if (t.dtype().isFloatingPoint() || t.dtype() == DType.BOOL) {
      throw new NumpyFormatException(where, "dtype " + t.dtype().descr() + ": class indices must be integers");
    }
    long[] values = t.toLongs();
    int[] labels = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > Integer.MAX_VALUE) {
        throw new NumpyFormatException(where, "label " + values[i] + " at row " + i + " is not a class index");
      }
      labels[i] = (int) values[i];
    }
    return labels;
  }
}
