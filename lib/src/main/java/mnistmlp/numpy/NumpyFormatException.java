package mnistmlp.numpy;

import java.io.IOException;

/** A file this project cannot read, in one line naming it, the key if any, and the fault: {@code p.npz, key 'W2': …}. */
public class NumpyFormatException extends IOException {
  public NumpyFormatException(String where, String problem) {
    super(where + ": " + problem);
  }

  /** How messages name a file, or an array inside an archive. */
  public static String where(String file, String key) {
    return key == null ? file : file + ", key '" + key + "'";
  }

  /** The one way the readers refuse a file: unless {@code ok}, "{where}: {problem}". */
  static void check(boolean ok, String where, String problem) throws NumpyFormatException {
    if (!ok) {
      throw new NumpyFormatException(where, problem);
    }
  }
}
