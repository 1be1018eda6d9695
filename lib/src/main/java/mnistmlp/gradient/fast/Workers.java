package mnistmlp.gradient.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small shared pool of daemon threads for splitting one gradient across cores. The calling
 * thread always does the first share itself, so one thread means no hand-off at all, and a
 * notebook kernel never waits on pool threads to exit.
 */
public final class Workers {
  private static ExecutorService pool;

  private Workers() {}

  /** Runs every task, the first on the calling thread, and returns when all have finished. */
  public static void runAll(Runnable[] tasks) {
    if (tasks.length == 1) {
      tasks[0].run();
      return;
    }
    List<Future<?>> pending = new ArrayList<>(tasks.length - 1);
    ExecutorService helpers = pool();
    for (int t = 1; t < tasks.length; t++) {
      pending.add(helpers.submit(tasks[t]));
    }
    tasks[0].run();
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a gradient worker", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a gradient worker failed", e.getCause());
      }
    }
  }

  private static synchronized ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fast-gradient-worker");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }
}
