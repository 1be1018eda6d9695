package mnistmlp.data;

/** Something is wrong with the data or its source; the message is one line naming the file (or source) and the fault. */
public class DataException extends RuntimeException {
  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
