package mnistmlp.data;

import java.nio.file.Path;

/** Something is wrong with the data or its source; the message is one line naming the file (or source) and the fault. */
public class DataException extends RuntimeException {
  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A fault in one file: the message starts with the file's path. */
  public static DataException inFile(Path file, String fault) {
    return new DataException(file + ": " + fault);
  }
}
