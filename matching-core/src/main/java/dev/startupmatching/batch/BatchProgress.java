package dev.startupmatching.batch;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch has come.
 *
 * @param done the needs finished so far, matched or failed
 * @param total the needs the run was given, less those skipped
 * @param failed how many of the finished needs failed
 * @param elapsed the time since the run started
 */
public record BatchProgress(int done, int total, int failed, Duration elapsed) {
  /** The needs finished per second so far, 0 before the first. */
  public double needsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? done / seconds : 0;
  }

  /** The time left at the rate so far; empty before the first need finishes. */
  public Optional<Duration> remaining() {
    if (done == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Duration.ofNanos((long) (elapsed.toNanos() / (double) done * (total - done))));
  }
}
