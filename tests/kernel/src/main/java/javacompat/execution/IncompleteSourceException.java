package javacompat.execution;

/** The cell ends in the middle of a statement, e.g. a missing closing brace. */
public final class IncompleteSourceException extends Exception {

  private final String source;

  IncompleteSourceException(String source) {
    super("Incomplete input");
    this.source = source;
  }

  public String source() {
    return source;
  }
}
