package io.booking.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Races for the concurrency tests: every task waits at one gate on a pool of threads, the gate
 * opens once all are submitted, and the answer is each task's result in task order and how long the
 * race took from the gate opening. A task that throws fails the run with its exception.
 */
public final class AtOnce {

  /** The results in task order, and the time from the gate opening until the last one ended. */
  public record Race<T>(List<T> results, Duration took) {}

  private AtOnce() {}

  /**
   * @param threads how many run at the same time
   * @param tasks how many tasks; {@code task.apply(i)} makes the i-th
   * @param timeout how long each may take to end once the gate opens
   */
  public static <T> Race<T> run(
      int threads, int tasks, Duration timeout, IntFunction<Callable<T>> task) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        Callable<T> work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  return work.call();
                }));
      }
      long began = System.nanoTime();
      gate.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
      }
      return new Race<>(results, Duration.ofNanos(System.nanoTime() - began));
    } finally {
      pool.shutdownNow();
    }
  }
}
