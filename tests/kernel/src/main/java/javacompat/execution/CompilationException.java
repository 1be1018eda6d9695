package javacompat.execution;

import jdk.jshell.SnippetEvent;

/** A snippet of the cell did not compile; carries JShell's event for the diagnostics. */
public final class CompilationException extends Exception {

  private final transient SnippetEvent event;

  CompilationException(SnippetEvent event) {
    super("The cell did not compile");
    this.event = event;
  }

  public SnippetEvent event() {
    return event;
  }
}
