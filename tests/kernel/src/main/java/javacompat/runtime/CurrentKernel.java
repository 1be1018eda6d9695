package javacompat.runtime;

import javacompat.kernel.JavaCompatKernel;

/** Where cell code finds the kernel it runs in (cells share the kernel's JVM). */
public final class CurrentKernel {

  private static volatile JavaCompatKernel kernel;

  private CurrentKernel() {}

  public static void set(JavaCompatKernel running) {
    kernel = running;
  }

  static JavaCompatKernel get() {
    JavaCompatKernel running = kernel;
    if (running == null) {
      throw new IllegalStateException("No java-compat kernel is running in this JVM");
    }
    return running;
  }
}
