package javacompat.kernel;

import io.github.spencerpark.jupyter.kernel.util.StringStyler;
import io.github.spencerpark.jupyter.kernel.util.TextColor;
import javacompat.execution.CellInterruptedException;
import javacompat.execution.CompilationException;
import javacompat.execution.IncompleteSourceException;
import javacompat.execution.JShellSession;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns a failed cell into the traceback lines Jupyter shows, in IJava's style: the offending
 * code with the error highlighted for compile errors, the stack trace (and the line of the cell
 * that threw) for exceptions.
 */
final class ErrorReport {

  private final JShellSession session;
  private final StringStyler styler = new StringStyler.Builder()
      .addPrimaryStyle(TextColor.BOLD_BLACK_FG)
      .addSecondaryStyle(TextColor.BOLD_RED_FG)
      .addHighlightStyle(TextColor.BOLD_BLACK_FG)
      .addHighlightStyle(TextColor.RED_BG)
      .withLinePrefix(TextColor.BOLD_BLACK_FG + "|   ")
      .build();

  ErrorReport(JShellSession session) {
    this.session = session;
  }

  List<String> linesFor(Exception e) {
    if (e instanceof CompilationException) {
      return compilation(((CompilationException) e).event().snippet());
    }
    if (e instanceof IncompleteSourceException) {
      List<String> lines = new ArrayList<>();
      lines.add(styler.secondary("Incomplete input:"));
      lines.addAll(styler.primaryLines(((IncompleteSourceException) e).source()));
      return lines;
    }
    if (e instanceof CellInterruptedException) {
      List<String> lines = new ArrayList<>(styler.primaryLines(((CellInterruptedException) e).source()));
      lines.add(styler.secondary("Evaluation interrupted."));
      return lines;
    }
    if (e instanceof UnresolvedReferenceException) {
      return unresolved(((UnresolvedReferenceException) e).getSnippet());
    }
    if (e instanceof EvalException) {
      return exception((EvalException) e);
    }
    return stackTrace(e);
  }

  private List<String> compilation(Snippet snippet) {
    List<String> lines = new ArrayList<>();
    session.shell().diagnostics(snippet).forEach(d -> {
      if (d.getStartPosition() >= 0 && d.getEndPosition() >= 0) {
        lines.addAll(styler.highlightSubstringLines(snippet.source(), (int) d.getStartPosition(), (int) d.getEndPosition()));
      } else {
        lines.addAll(styler.primaryLines(snippet.source()));
      }
      for (String message : StringStyler.splitLines(d.getMessage(null))) {
        if (!message.trim().startsWith("location:")) { // the highlight already shows where
          lines.add(styler.secondary(message));
        }
      }
      lines.add("");
    });
    if (snippet instanceof DeclarationSnippet) {
      lines.addAll(unresolved((DeclarationSnippet) snippet));
    }
    return lines;
  }

  private List<String> unresolved(DeclarationSnippet snippet) {
    List<String> dependencies = session.shell().unresolvedDependencies(snippet).toList();
    List<String> lines = new ArrayList<>();
    if (!dependencies.isEmpty()) {
      lines.addAll(styler.primaryLines(snippet.source()));
      lines.add(styler.secondary("Unresolved dependencies:"));
      dependencies.forEach(dependency -> lines.add(styler.secondary("   - " + dependency)));
    }
    return lines;
  }

  private List<String> exception(EvalException e) {
    List<String> lines = new ArrayList<>();
    offendingLine(e).ifPresent(line -> {
      lines.add(styler.secondary("The exception was thrown here:"));
      lines.add(styler.primary("|   " + line));
    });
    // JShell wraps the user's exception; show the real class name, as IJava does.
    String wrapper = EvalException.class.getName();
    stackTrace(e).forEach(line -> lines.add(line.replace(wrapper, e.getExceptionClassName())));
    return lines;
  }

  /** The cell line in the deepest stack frame that belongs to a snippet ("#12", line 3). */
  private Optional<String> offendingLine(EvalException e) {
    return Arrays.stream(e.getStackTrace())
        .filter(frame -> frame.getFileName() != null && frame.getFileName().startsWith("#") && frame.getLineNumber() > 0)
        .findFirst()
        .flatMap(frame -> session.sourceOfSnippet(frame.getFileName().substring(1))
            .map(source -> source.split("\\R", -1))
            .filter(sourceLines -> frame.getLineNumber() <= sourceLines.length)
            .map(sourceLines -> sourceLines[frame.getLineNumber() - 1].strip()));
  }

  private List<String> stackTrace(Exception e) {
    StringWriter text = new StringWriter();
    try (PrintWriter writer = new PrintWriter(text)) {
      e.printStackTrace(writer);
    }
    List<String> lines = new ArrayList<>();
    lines.add(styler.secondary("---------------------------------------------------------------------------"));
    lines.addAll(styler.secondaryLines(collapseRepeats(text.toString())));
    return lines;
  }

  /**
   * A runaway recursion prints the same frame a thousand times; show it once and count the rest,
   * as Python does.
   */
  static String collapseRepeats(String stackTrace) {
    String[] lines = stackTrace.split("\\R");
    StringBuilder collapsed = new StringBuilder();
    for (int i = 0; i < lines.length; ) {
      int repeats = 1;
      while (i + repeats < lines.length && lines[i + repeats].equals(lines[i])) {
        repeats++;
      }
      collapsed.append(lines[i]).append('\n');
      if (repeats > 2) {
        collapsed.append("\t... the line above repeated ").append(repeats - 1).append(" more times\n");
      } else if (repeats == 2) {
        collapsed.append(lines[i]).append('\n');
      }
      i += repeats;
    }
    return collapsed.toString();
  }
}
