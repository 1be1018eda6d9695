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
    Matrix x = images(Npz.require(arrays, "x", file), NumpyFormatException.where(file.toString(), "x"));
    return new Batch(x, labels(Npz.require(arrays, "t", file), x.rows(), file));
  }

  /** At least one row of finite floating-point pixels: NaN would only come back as a NaN loss. */
  private static Matrix images(NpyArray x, String where) throws NumpyFormatException {
    if (!x.dtype().isFloatingPoint()) {
      throw new NumpyFormatException(where, "dtype " + x.dtype().descr() + ", expected floating point (normalised pixels)");
    }
    if (x.ndim() != 2) {
      throw new NumpyFormatException(where, "wrong shape " + x.shapeString() + ", expected (n, pixels)");
    }
    if (x.shape()[0] == 0) {
      throw new NumpyFormatException(where, "shape " + x.shapeString() + " has no rows; a batch needs at least one image");
    }
    Matrix images = x.toMatrix();
    for (int k = 0; k < images.size(); k++) {
      if (!Double.isFinite(images.data()[k])) {
        throw new NumpyFormatException(where, "value " + images.data()[k] + " at row " + k / images.cols() + " is not a finite number");
      }
    }
    return images;
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
