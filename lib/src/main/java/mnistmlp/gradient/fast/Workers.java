package mnistmlp.gradient.fast;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small shared pool of daemon threads for splitting one gradient across cores.
 *
 * <p>The work comes as a fixed list of shares, each writing only its own output, so the result
 * does not depend on which thread ran which share. Threads take the next unclaimed share until
 * none is left, and the calling thread takes part: on a busy machine, where a helper may not get a
 * core for a while, the caller simply does more of the shares itself instead of waiting.
 */
public final class Workers {
  private static ExecutorService pool;

  private Workers() {}

  /** Runs every share on up to {@code threads} threads (the caller included); returns when all are done. */
  public static void run(int threads, Runnable[] shares) {
    if (threads <= 1 || shares.length <= 1) {
      for (Runnable share : shares) {
        share.run();
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(shares.length);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int s = next.getAndIncrement(); s < shares.length; s = next.getAndIncrement()) {
        try {
          shares[s].run();
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          done.countDown();
        }
      }
    };
    ExecutorService helpers = pool();
    for (int t = 1; t < threads; t++) {
      helpers.execute(worker);
    }
    worker.run();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a gradient worker", e);
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a gradient worker failed", failure.get());
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
