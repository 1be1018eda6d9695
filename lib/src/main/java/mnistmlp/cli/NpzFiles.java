package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import mnistmlp.data.Batch;
import mnistmlp.functions.CrossEntropy;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import mnistmlp.numpy.DType;
import mnistmlp.numpy.NpyArray;
import mnistmlp.numpy.Npz;
import mnistmlp.numpy.NumpyFormatException;

/**
 * The {@code .npz} files of the command line, in the book's layouts, written atomically. Parameters (or gradients)
 * under the keys {@code W1 b1 W2 b2}, biases read as (n,) or (1, n) and written as (1, n), the notes' shape. A batch
 * as {@code x}, float (n, d) images, and {@code t}, n class indices of any integer dtype or (n, classes) one-hot rows.
 */
public final class NpzFiles {
  private NpzFiles() {}

  public static Parameters readParameters(Path file) throws IOException {
    Map<String, NpyArray> arrays = Npz.read(file);
    Matrix w1 = floats(arrays, "W1", file, "(<f8 or <f4)", s -> s.length == 2, "a 2-D matrix");
    Matrix w2 = floats(arrays, "W2", file, "(<f8 or <f4)", s -> s.length == 2, "a 2-D matrix");
    Matrix b1 = bias(arrays, "b1", w1.cols(), file);
    Matrix b2 = bias(arrays, "b2", w2.cols(), file);
    if (w2.rows() != w1.cols()) {
      throw shapeError(file, "W2", arrays.get("W2"), "(" + w1.cols() + ", n) to follow W1 " + w1.shape());
    }
    return Parameters.of(w1, b1, w2, b2);
  }

  public static void writeParameters(Path file, Parameters params) throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    Parameters.NAMES.forEach(name -> arrays.put(name, NpyArray.of(params.get(name))));
    Npz.write(file, arrays);
  }

  /** At least one row of finite pixels: a NaN would only come back as a NaN loss. */
  public static Batch readBatch(Path file) throws IOException {
    Map<String, NpyArray> arrays = Npz.read(file);
    Matrix x = floats(arrays, "x", file, "(normalised pixels)", s -> s.length == 2, "(n, pixels)");
    if (x.rows() == 0) {
      throw fault(file, "x", "shape " + x.shape() + " has no rows; a batch needs at least one image");
    }
    for (int k = 0; k < x.size(); k++) {
      if (!Double.isFinite(x.data()[k])) {
        throw fault(file, "x", "value " + x.data()[k] + " at row " + k / x.cols() + " is not a finite number");
      }
    }
    return new Batch(x, labels(Npz.require(arrays, "t", file), x.rows(), file));
  }

  private static Matrix bias(Map<String, NpyArray> arrays, String key, int n, Path file) throws NumpyFormatException {
    Predicate<int[]> fits = s -> (s.length == 1 && s[0] == n) || (s.length == 2 && s[0] == 1 && s[1] == n);
    return floats(arrays, key, file, "(<f8 or <f4)", fits, "(" + n + ",) or (1, " + n + ")");
  }

  /** The array under {@code key} as a matrix, if its dtype is floating point and its shape {@code fits}. */
  private static Matrix floats(Map<String, NpyArray> arrays, String key, Path file, String meant, Predicate<int[]> fits,
      String expected) throws NumpyFormatException {
    NpyArray a = Npz.require(arrays, key, file);
    if (!a.dtype().isFloatingPoint()) {
      throw fault(file, key, "dtype " + a.dtype().descr() + ", expected floating point " + meant);
    }
    if (!fits.test(a.shape())) {
      throw shapeError(file, key, a, expected);
    }
    return a.toMatrix();
  }

  private static int[] labels(NpyArray t, int n, Path file) throws NumpyFormatException {
    int[] s = t.shape();
    if (s.length == 2 && s[0] == n) {
      try {
        return CrossEntropy.labelsOf(new Matrix(s[0], s[1], t.toDoubles()));
      } catch (IllegalArgumentException e) {
        throw fault(file, "t", e.getMessage());
      }
    }
    if (s.length != 1 || s[0] != n) {
      throw shapeError(file, "t", t, "(" + n + ",) class indices or (" + n + ", classes) one-hot rows");
    }
    if (t.dtype().isFloatingPoint() || t.dtype() == DType.BOOL) {
      throw fault(file, "t", "dtype " + t.dtype().descr() + ": class indices must be integers");
    }
    long[] values = t.toLongs();
    int[] labels = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > Integer.MAX_VALUE) {
        throw fault(file, "t", "label " + values[i] + " at row " + i + " is not a class index");
      }
      labels[i] = (int) values[i];
    }
    return labels;
  }

  private static NumpyFormatException shapeError(Path file, String key, NpyArray a, String expected) {
    return fault(file, key, "wrong shape " + a.shapeString() + ", expected " + expected);
  }

  private static NumpyFormatException fault(Path file, String key, String problem) {
    return new NumpyFormatException(NumpyFormatException.where(file.toString(), key), problem);
  }
}
