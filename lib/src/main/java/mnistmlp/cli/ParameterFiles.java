package mnistmlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mnistmlp.math.Matrix;
import mnistmlp.network.Parameters;
import mnistmlp.numpy.NpyArray;
import mnistmlp.numpy.Npz;
import mnistmlp.numpy.NumpyFormatException;

/**
 * Parameters (or gradients) as an {@code .npz} with the keys {@code W1 b1 W2 b2}, the layout of
 * the book's {@code params} dict. Biases are read as (n,) or (1, n) and written as (1, n), the
 * shape the notes give them.
 */
public final class ParameterFiles {
  private ParameterFiles() {}

  public static Parameters read(Path file) throws IOException {
    Map<String, NpyArray> arrays = Npz.read(file);
    Matrix w1 = weights(arrays, "W1", file);
    Matrix w2 = weights(arrays, "W2", file);
    Matrix b1 = bias(arrays, "b1", w1.cols(), file);
    Matrix b2 = bias(arrays, "b2", w2.cols(), file);
    if (w2.rows() != w1.cols()) {
      throw shapeError(file, "W2", arrays.get("W2"), "(" + w1.cols() + ", n) to follow W1 " + w1.shape());
    }
    return Parameters.of(w1, b1, w2, b2);
  }

  /** Writes W1 b1 W2 b2 as float64, biases as (1, n), atomically. */
  public static void write(Path file, Parameters params) throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    for (String name : Parameters.NAMES) {
      arrays.put(name, NpyArray.of(params.get(name)));
    }
    Npz.write(file, arrays);
  }

  private static Matrix weights(Map<String, NpyArray> arrays, String key, Path file) throws NumpyFormatException {
    NpyArray a = floatArray(arrays, key, file);
    if (a.ndim() != 2) {
      throw shapeError(file, key, a, "a 2-D matrix");
    }
    return a.toMatrix();
  }

  private static Matrix bias(Map<String, NpyArray> arrays, String key, int n, Path file) throws NumpyFormatException {
    NpyArray a = floatArray(arrays, key, file);
    int[] s = a.shape();
    boolean fits = (s.length == 1 && s[0] == n) || (s.length == 2 && s[0] == 1 && s[1] == n);
    if (!fits) {
      throw shapeError(file, key, a, "(" + n + ",) or (1, " + n + ")");
    }
    return a.toMatrix();
  }

  private static NpyArray floatArray(Map<String, NpyArray> arrays, String key, Path file) throws NumpyFormatException {
    NpyArray a = Npz.require(arrays, key, file);
    if (!a.dtype().isFloatingPoint()) {
      throw new NumpyFormatException(NumpyFormatException.where(file.toString(), key),
          "dtype " + a.dtype().descr() + ", expected floating point (<f8 or <f4)");
    }
    return a;
  }

  static NumpyFormatException shapeError(Path file, String key, NpyArray a, String expected) {
    return new NumpyFormatException(NumpyFormatException.where(file.toString(), key),
        "wrong shape " + a.shapeString() + ", expected " + expected);
  }
}
