package mnistmlp.numpy;

import java.io.IOException;

/**
 * A {@code .npy} or {@code .npz} file this project cannot read, with a one-line message naming
 * the file, the key when there is one, and what is wrong, e.g.
 * {@code params.npz, key 'W2': shape (50, 11), expected (50, 10)}.
 */
public class NumpyFormatException extends IOException {
  public NumpyFormatException(String where, String problem) {
    super(where + ": " + problem);
  }

  /** How messages name a file, or an array inside an archive. */
  public static String where(String file, String key) {
    return key == null ? file : file + ", key '" + key + "'";
  }
}
