package mnistmlp.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TeamTest {
  final Team team = new Team(1);

  @Test
  void runsEveryPartOnceAndPartZeroOnTheCaller() {
    AtomicIntegerArray runs = new AtomicIntegerArray(1000);
    AtomicReference<Thread> partZero = new AtomicReference<>();
    team.run(1000, p -> {
      runs.incrementAndGet(p);
      if (p == 0) {
        partZero.set(Thread.currentThread());
      }
    });

    for (int p = 0; p < 1000; p++) {
      assertThat(runs.get(p)).as("part %d", p).isEqualTo(1);
    }
    assertThat(partZero.get()).isSameAs(Thread.currentThread());
  }

  /** Part 0 waits for part 1, which only a helper can then run. */
  @Test
  void aHelperTakesTheOtherParts() {
    CountDownLatch partOneDone = new CountDownLatch(1);
    AtomicReference<Thread> partOne = new AtomicReference<>();
    boolean[] helped = new boolean[1];
    team.run(2, p -> {
      if (p == 0) {
        helped[0] = await(partOneDone);
      } else {
        partOne.set(Thread.currentThread());
        partOneDone.countDown();
      }
    });

    assertThat(helped[0]).isTrue();
    assertThat(partOne.get()).isNotSameAs(Thread.currentThread());
    assertThat(partOne.get().getName()).isEqualTo("mnist-mlp helper 1");
  }

  @Test
  void aFailingPartFailsTheJobAfterTheOthersEnd() {
    AtomicIntegerArray runs = new AtomicIntegerArray(10);
    assertThatThrownBy(() -> team.run(10, p -> {
      runs.incrementAndGet(p);
      if (p == 5) {
        throw new IllegalStateException("part 5 failed");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("part 5 failed");

    for (int p = 0; p < 10; p++) {
      assertThat(runs.get(p)).isEqualTo(1);
    }
    AtomicIntegerArray after = new AtomicIntegerArray(4);
    team.run(4, after::incrementAndGet); // the team is free again
    assertThat(after.toString()).isEqualTo("[1, 1, 1, 1]");
  }

  @Test
  void aPartMayRunAJobOfItsOwn() {
    AtomicIntegerArray runs = new AtomicIntegerArray(2 * 50);
    team.run(2, outer -> team.run(50, inner -> runs.incrementAndGet(outer * 50 + inner)));

    for (int p = 0; p < 100; p++) {
      assertThat(runs.get(p)).as("inner part %d", p).isEqualTo(1);
    }
  }

  @Test
  void callersOnOtherThreadsAllGetTheirJobsDone() throws Exception {
    List<Thread> callers = new ArrayList<>();
    ConcurrentHashMap<Integer, Integer> sums = new ConcurrentHashMap<>();
    for (int c = 0; c < 4; c++) {
      int caller = c;
      callers.add(new Thread(() -> {
        for (int job = 0; job < 200; job++) {
          AtomicIntegerArray runs = new AtomicIntegerArray(20);
          team.run(20, runs::incrementAndGet);
          for (int p = 0; p < 20; p++) {
            sums.merge(caller, runs.get(p), Integer::sum);
          }
        }
      }));
    }
    callers.forEach(Thread::start);
    for (Thread caller : callers) {
      caller.join(TimeUnit.SECONDS.toMillis(30));
    }

    assertThat(sums).containsOnlyKeys(0, 1, 2, 3).allSatisfy((caller, sum) -> assertThat(sum).isEqualTo(200 * 20));
  }

  @Test
  void withoutHelpersTheCallerRunsThePartsInOrder() {
    List<Integer> order = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    new Team(0).run(5, p -> {
      order.add(p);
      threads.add(Thread.currentThread());
    });

    assertThat(order).containsExactly(0, 1, 2, 3, 4);
    assertThat(threads).containsOnly(Thread.currentThread());
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
