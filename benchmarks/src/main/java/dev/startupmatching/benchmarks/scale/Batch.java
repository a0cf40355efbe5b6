package dev.startupmatching.benchmarks.scale;

import dev.startupmatching.batch.BatchMatcher;
import dev.startupmatching.batch.BatchSummary;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Matches many needs at once with the library's {@link BatchMatcher}, as a nightly job does. */
final class Batch {
  private Batch() {}

  /**
   * Matches every need and returns the number of matches found.
   *
   * @param threads how many needs are matched at once
   * @throws IllegalStateException if a need failed
   */
  static long matchAll(
      StartupMatcher matcher, List<Need> needs, MatchOptions options, int threads) {
    try {
      BatchSummary summary =
          BatchMatcher.builder(matcher)
              .options(options)
              .threads(threads)
              .build()
              .run(needs, (need, matches) -> {});
      if (summary.failed() > 0) {
        throw new IllegalStateException(summary.failed() + " needs of the batch failed");
      }
      return summary.matches();
    } catch (IOException e) {
      // The sink above drops the matches and cannot fail.
      throw new UncheckedIOException(e);
    }
  }
}
