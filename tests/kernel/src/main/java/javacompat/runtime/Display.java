package javacompat.runtime;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * IJava's notebook display API, statically imported into every session:
 * {@code display}, {@code render} and {@code updateDisplay} with IJava's signatures.
 */
public final class Display {

  private Display() {}

  /** Renders an object into a MIME bundle without showing it. */
  public static DisplayData render(Object o) {
    return CurrentKernel.get().getRenderer().render(o);
  }

  /** Renders an object as the given MIME types, e.g. {@code render(html, "text/html")}. */
  public static DisplayData render(Object o, String... mimeTypes) {
    return CurrentKernel.get().getRenderer().renderAs(o, mimeTypes);
  }

  /** Shows an object below the cell and returns the display id to update it later. */
  public static String display(Object o) {
    return show(render(o));
  }

  /** Shows an object as the given MIME types and returns its display id. */
  public static String display(Object o, String... mimeTypes) {
    return show(render(o, mimeTypes));
  }

  /** Replaces what an earlier {@code display} call showed. */
  public static void updateDisplay(String id, Object o) {
    CurrentKernel.get().flushOutput();
    CurrentKernel.get().getIO().display.updateDisplay(id, render(o));
  }

  /** Replaces what an earlier {@code display} call showed, as the given MIME types. */
  public static void updateDisplay(String id, Object o, String... mimeTypes) {
    CurrentKernel.get().flushOutput();
    CurrentKernel.get().getIO().display.updateDisplay(id, render(o, mimeTypes));
  }

  private static String show(DisplayData data) {
    // Like IJava, every display gets an id so it can be updated.
    if (!data.hasDisplayId()) {
      data.setDisplayId(UUID.randomUUID().toString());
    }
    CurrentKernel.get().display(data);
    return data.getDisplayId();
  }
}
