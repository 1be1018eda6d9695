package javacompat.kernel;

import java.security.Permission;

/**
 * Refuses {@code System.exit} and {@code Runtime.halt} while the kernel runs, so a cell that
 * calls them fails with a {@link SecurityException} instead of ending the kernel and losing
 * every variable. It permits everything else. Java 17 lets a program install it at run time
 * (with a warning on the kernel's stderr); Java 18 to 23 need {@code -Djava.security.manager=allow}
 * on the command line; from Java 24 there are no security managers, and exit is not guarded.
 */
@SuppressWarnings("removal")
final class CellExitGuard extends SecurityManager {

  private volatile boolean armed = true;

  /** Installs the guard, or returns null (after saying why on stderr) where the JVM refuses. */
  static CellExitGuard install() {
    CellExitGuard guard = new CellExitGuard();
    try {
      System.setSecurityManager(guard);
      return guard;
    } catch (UnsupportedOperationException | SecurityException e) {
      System.err.println("java-compat kernel: cannot guard against System.exit in cells on this JVM ("
          + e.getMessage() + "); a cell that exits will end the kernel");
      return null;
    }
  }

  /** Lets the kernel itself exit. */
  void disarm() {
    armed = false;
  }

  @Override
  public void checkExit(int status) {
    if (armed) {
      throw new SecurityException("exit(" + status + ") refused: cell code cannot end the java-compat "
          + "kernel; restart the kernel instead");
    }
  }

  @Override
  public void checkPermission(Permission permission) {
    // Everything else is allowed, as without a security manager.
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    // Everything else is allowed, as without a security manager.
  }
}
