package javacompat.execution;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JShell whose snippets run in this JVM. A cell may hold several snippets; they run one by
 * one and the value of the last expression is the cell's value, as in IJava.
 */
public final class JShellSession {

  /** What {@link #isComplete} answers, in the words of the Jupyter protocol. */
  public enum Completion { COMPLETE, INCOMPLETE, INVALID }

  private final InterruptibleExecutionProvider provider = new InterruptibleExecutionProvider();
  private final MagicsRewriter magics = new MagicsRewriter();
  private final JShell shell;
  private final SourceCodeAnalysis analysis;

  public JShellSession() {
    this.shell = JShell.builder()
        .executionEngine(provider, Map.of())
        .build();
    this.analysis = shell.sourceCodeAnalysis();
  }

  public JShell shell() {
    return shell;
  }

  /** Runs {@code action} on the thread that runs each snippet, just before it runs. */
  public void beforeEachSnippet(Runnable action) {
    provider.control().beforeEachSnippet(action);
  }

  public void addToClasspath(String path) {
    shell.addToClasspath(path);
  }

  /** Runs a cell and returns the value of its last expression, or null if it has none. */
  public Object eval(String cell) throws Exception {
    provider.control().beginCell();
    String code = magics.rewrite(cell);
    Object lastValue = null;
    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
    // UNKNOWN counts as "complete" here on purpose: running it is how its compile error is reported.
    while (info.completeness().isComplete()) {
      // Every snippet after the first starts with the previous line's newline. JShell gets a
      // stack trace's line numbers wrong for a snippet that starts with blank lines.
      lastValue = evalSnippet(info.source().stripLeading());
      info = analysis.analyzeCompletion(info.remaining());
    }
    if (info.completeness() != Completeness.EMPTY) {
      throw new IncompleteSourceException(info.remaining().trim());
    }
    return lastValue;
  }

  private Object evalSnippet(String source) throws Exception {
    List<SnippetEvent> events = shell.eval(source);
    Object value = null;
    try {
      for (SnippetEvent event : events) {
        if (event.causeSnippet() == null && event.value() != null) {
          value = valueShownFor(event);
        }
      }
    } finally {
      provider.control().forgetResults();
    }
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue; // an update of an older snippet, not the one we ran
      }
      JShellException thrown = event.exception();
      if (thrown instanceof EvalException
          && InterruptibleExecutionControl.INTERRUPTED.equals(((EvalException) thrown).getExceptionClassName())) {
        throw new CellInterruptedException(source.trim());
      }
      if (thrown != null) {
        throw thrown;
      }
      if (!event.status().isDefined()) {
        throw new CompilationException(event);
      }
    }
    return value;
  }

  /** Expressions and bare variable names show their value; declarations and statements don't. */
  private Object valueShownFor(SnippetEvent event) {
    switch (event.snippet().subKind()) {
      case VAR_VALUE_SUBKIND:
      case OTHER_EXPRESSION_SUBKIND:
      case TEMP_VAR_EXPRESSION_SUBKIND:
        return provider.control().takeResult(event.value());
      default:
        return null;
    }
  }

  /** Whether the code could run as is; the indent to continue with comes from {@link #indentAfter}. */
  public Completion isComplete(String cell) {
    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(magics.rewrite(cell));
    while (info.completeness().isComplete()) {
      // JShell calls code it cannot parse UNKNOWN, and UNKNOWN.isComplete() is true: it is invalid.
      if (info.completeness() == Completeness.UNKNOWN) {
        return Completion.INVALID;
      }
      info = analysis.analyzeCompletion(info.remaining());
    }
    switch (info.completeness()) {
      case EMPTY:
        return Completion.COMPLETE;
      case CONSIDERED_INCOMPLETE:
      case DEFINITELY_INCOMPLETE:
        return Completion.INCOMPLETE;
      default:
        return Completion.INVALID;
    }
  }

  /** The indentation for the next line of unfinished code: the last line's, plus two after an opening brace. */
  public static String indentAfter(String code) {
    String lastLine = code.substring(code.lastIndexOf('\n') + 1);
    String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
    String trimmed = lastLine.strip();
    return trimmed.endsWith("{") || trimmed.endsWith("(") ? indent + "  " : indent;
  }

  /** Completion candidates at {@code cursor}; the first int of {@code anchor} receives where they start. */
  public List<SourceCodeAnalysis.Suggestion> suggestions(String code, int cursor, int[] anchor) {
    return analysis.completionSuggestions(code, cursor, anchor);
  }

  /** Signatures (and javadoc, where the JDK has it) of what the cursor is on, e.g. {@code Math.max(|}. */
  public List<SourceCodeAnalysis.Documentation> documentation(String code, int cursor) {
    int end = Math.min(cursor, code.length());
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      end++; // anywhere in a name documents the whole name
    }
    int paren = end;
    while (paren < code.length() && Character.isWhitespace(code.charAt(paren))) {
      paren++;
    }
    if (paren < code.length() && code.charAt(paren) == '(') {
      end = paren + 1; // a call: document the method, not the field
    }
    return analysis.documentation(code, end, true);
  }

  public Optional<String> sourceOfSnippet(String id) {
    return shell.snippets().filter(s -> s.id().equals(id)).map(Snippet::source).findFirst();
  }

  public void interrupt() {
    provider.control().interrupt();
  }

  public void close() {
    shell.close();
  }
}
