package mnistmlp.network;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The calling thread and a helper for each further core, sharing the parts of a job. A batch-100
 * product takes about 0.1 ms, but on the 2-core VMs we measured, a parked thread (a JDK pool's,
 * say) starts about 0.3 ms after it is handed work. So a helper stays awake for
 * {@link #STAY_AWAKE_NANOS} after its last part, as OpenMP's runtimes do, yielding its core to any
 * other thread that wants it, and parks after that.
 */
public final class Team {
  static final long STAY_AWAKE_NANOS = 5_000_000;
  private static final Team CORES = new Team(Runtime.getRuntime().availableProcessors() - 1);

  private final Thread[] helpers;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile Thread owner;
  private volatile Job job;

  /** The parts of one job: part 0 is the caller's, the others go to whoever is free. */
  private record Job(IntConsumer part, int parts, AtomicInteger next, AtomicInteger done,
      AtomicReference<Throwable> failure) {
    void work() {
      for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
        run(p);
      }
    }

    void run(int p) {
      try {
        part.accept(p);
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        done.incrementAndGet();
      }
    }
  }

  Team(int helperCount) {
    helpers = new Thread[Math.max(0, helperCount)];
    for (int h = 0; h < helpers.length; h++) {
      helpers[h] = new Thread(this::help, "mnist-mlp helper " + (h + 1));
      helpers[h].setDaemon(true);
      helpers[h].start();
    }
  }

  /** This machine's cores: the caller and a helper for each other core. */
  public static Team cores() {
    return CORES;
  }

  /** Threads that work on a job: the caller and the helpers. */
  public int size() {
    return helpers.length + 1;
  }

  /**
   * Runs {@code part} for 0 ≤ p &lt; {@code parts}, each once, part 0 on the calling thread, and
   * returns when all are done, throwing the first exception a part threw. A part may run a job of
   * its own: on the calling thread the helpers join in when free, on a helper it runs alone. So does
   * a job of another thread while the team is busy, or with one part, or on one core.
   */
  public void run(int parts, IntConsumer part) {
    Thread caller = Thread.currentThread();
    boolean nested = owner == caller;
    if (parts < 2 || helpers.length == 0 || !nested && !busy.compareAndSet(false, true)) {
      for (int p = 0; p < parts; p++) {
        part.accept(p);
      }
      return;
    }
    Job outer = job;
    owner = caller;
    try {
      Job current = new Job(part, parts, new AtomicInteger(1), new AtomicInteger(), new AtomicReference<>());
      job = current;
      for (int h = 0; h < Math.min(helpers.length, parts - 1); h++) {
        LockSupport.unpark(helpers[h]); // cheap for a helper that is awake
      }
      current.run(0);
      current.work();
      while (current.done().get() < parts) {
        Thread.onSpinWait(); // a helper is finishing its part
      }
      rethrow(current.failure().get());
    } finally {
      job = outer;
      if (!nested) {
        owner = null;
        busy.set(false);
      }
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  /** A helper's life: take parts of each new job; between jobs stay awake a while, then park. */
  private void help() {
    Job last = null;
    long idleSince = System.nanoTime();
    while (true) {
      Job current = job;
      if (current != null && current != last) {
        current.work();
        last = current;
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince < STAY_AWAKE_NANOS) {
        Thread.yield();
      } else {
        LockSupport.park(this); // at once if run() unparked it since it read job above
        idleSince = System.nanoTime();
      }
    }
  }
}
