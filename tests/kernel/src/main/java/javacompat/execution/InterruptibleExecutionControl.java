package javacompat.execution;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.SPIResolutionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs each snippet in the kernel's own JVM (so {@code display} reaches the kernel), on a worker
 * thread that an interrupt can stop. It also keeps each snippet's real result object, not just
 * its string, so the last expression of a cell can be rendered (an image as a PNG, say).
 */
final class InterruptibleExecutionControl extends DirectExecutionControl {

  /** The "exception class" reported for an interrupted snippet; the space keeps it unique. */
  static final String INTERRUPTED = "Execution Interrupted";

  private static final Object NULL_RESULT = new Object();
  private static final long GRACE_BEFORE_STOP_MS = 2000;
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "java-compat-cell-" + THREAD_NUMBER.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Future<Object>> running = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> results = new ConcurrentHashMap<>();
  /** Set by an interrupt until the next cell starts: an interrupt that arrives while JShell
   *  is still compiling must stop the snippets that run after it, too. */
  private volatile boolean interruptRequested;
  private volatile Runnable beforeEachSnippet = () -> { };

  void beforeEachSnippet(Runnable action) {
    beforeEachSnippet = action;
  }

  /** Called as a cell starts: an interrupt of the previous cell doesn't carry over. */
  void beginCell() {
    interruptRequested = false;
  }

  /**
   * The result object of the snippet whose JShell value was {@code key}, or null if there is
   * none (JShell reports statements with an empty value, not our key).
   */
  Object takeResult(String key) {
    Object result = results.remove(key);
    return result == NULL_RESULT ? null : result;
  }

  /** Drops results nobody asked for, so they don't pile up over a long session. */
  void forgetResults() {
    results.clear();
  }

  @Override
  protected String invoke(Method doit) throws Exception {
    String key = UUID.randomUUID().toString();
    Object value = runOnWorker(doit);
    results.put(key, value == null ? NULL_RESULT : value);
    return key;
  }

  private Object runOnWorker(Method doit) throws Exception {
    AtomicReference<Thread> worker = new AtomicReference<>();
    Future<Object> task = workers.submit(() -> {
      worker.set(Thread.currentThread());
      beforeEachSnippet.run();
      return doit.invoke(null);
    });
    running.add(task);
    if (interruptRequested) {
      task.cancel(true);
    }
    try {
      return task.get();
    } catch (CancellationException e) {
      stopIfStillRunning(worker.get());
      throw new UserException("Execution interrupted.", INTERRUPTED, e.getStackTrace());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
      if (cause == null) {
        throw new UserException("null", "Unknown Invocation Exception", e.getStackTrace());
      }
      if (cause instanceof SPIResolutionException) {
        throw new ResolutionException(((SPIResolutionException) cause).id(), cause.getStackTrace());
      }
      throw new UserException(String.valueOf(cause.getMessage()), cause.getClass().getName(), cause.getStackTrace());
    } finally {
      running.remove(task);
    }
  }

  /** Interrupts every running snippet (IJava does this too). */
  void interrupt() {
    interruptRequested = true;
    running.forEach(task -> task.cancel(true));
  }

  /**
   * A busy loop never looks at its interrupt flag. Java 17 can still stop such a thread,
   * which beats leaving the notebook stuck until the kernel is restarted.
   */
  @SuppressWarnings({"removal", "deprecation"})
  private static void stopIfStillRunning(Thread worker) {
    if (worker == null) {
      return;
    }
    try {
      worker.join(GRACE_BEFORE_STOP_MS);
      if (worker.isAlive()) {
        worker.stop();
      }
    } catch (InterruptedException | UnsupportedOperationException ignored) {
      // Nothing more we can do; the cell has already been reported as interrupted.
    }
  }

  @Override
  public void stop() {
    workers.shutdownNow();
  }

}
