package dev.startupmatching.batch;

import java.time.Duration;

/**
 * What a {@link BatchMatcher} run did.
 *
 * @param matched the needs matched and passed to the sink
 * @param failed the needs that could not be matched
 * @param skipped the needs left out because they were already done
 * @param matches the matches passed to the sink, over all needs
 * @param elapsed how long the run took
 */
public record BatchSummary(int matched, int failed, int skipped, long matches, Duration elapsed) {
  /** The needs matched or failed per second. */
  public double needsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? (matched + failed) / seconds : 0;
  }
}
