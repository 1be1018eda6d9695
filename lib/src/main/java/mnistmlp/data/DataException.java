package mnistmlp.data;

/**
 * Something is wrong with the data or with where it comes from. The message is meant to be shown
 * as is, on one line: it names the file (or source) and the fault.
 */
public class DataException extends RuntimeException {
  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A fault in one file: the message starts with the file's path. */
  public static DataException inFile(java.nio.file.Path file, String fault) {
    return new DataException(file + ": " + fault);
  }
}
