package javacompat.execution;

/** The user interrupted the running cell. */
public final class CellInterruptedException extends Exception {

  private final String source;

  CellInterruptedException(String source) {
    super("Evaluation interrupted");
    this.source = source;
  }

  public String source() {
    return source;
  }
}
