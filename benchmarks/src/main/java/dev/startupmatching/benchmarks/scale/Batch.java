package dev.startupmatching.benchmarks.scale;

import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Matches many needs at once. Today a fixed pool of threads shares one matcher, each calling {@link
 * StartupMatcher#match} for one need at a time; a batch API of the library would replace {@link
 * #matchAll} alone.
 */
final class Batch {
  private Batch() {}

  /**
   * Matches every need and returns the number of matches found.
   *
   * @param threads the size of the thread pool
   */
  static long matchAll(StartupMatcher matcher, List<Need> needs, MatchOptions options, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>(needs.size());
      for (Need need : needs) {
        results.add(pool.submit(() -> matcher.match(need, options).size()));
      }
      long matches = 0;
      for (Future<Integer> result : results) {
        matches += result.get();
      }
      return matches;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a match failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
