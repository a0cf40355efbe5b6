package dev.startupmatching.spark;

import java.time.Duration;
import java.util.Locale;

/**
 * What a run of the job did.
 *
 * @param needs the needs matched
 * @param startups the startups indexed, each id once
 * @param rejected the records, startups and needs, written to the rejects instead
 * @param replaced the startup records a later record with the same id replaced
 * @param partitions the partitions the startups were split into
 * @param statisticsTerms the distinct terms, over all fields, of the statistics every task scores
 *     with
 * @param matches the output lines that are matches
 * @param elapsed the run's wall-clock time
 */
public record JobSummary(
    long needs,
    long startups,
    long rejected,
    long replaced,
    int partitions,
    long statisticsTerms,
    long matches,
    Duration elapsed) {
  /** The summary as one line, as the job prints it. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d needs matched against %d startups in %d partitions (statistics of %d terms): %d"
            + " matches in %.1f s; %d bad records rejected, %d replaced by a later record with"
            + " the same id",
        needs,
        startups,
        partitions,
        statisticsTerms,
        matches,
        elapsed.toMillis() / 1000.0,
        rejected,
        replaced);
  }
}
