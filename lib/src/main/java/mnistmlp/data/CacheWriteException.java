package mnistmlp.data;

/** The cache cannot be written (read-only, full disk, ...): no mirror or retry will help. */
public class CacheWriteException extends DataException {
  public CacheWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
