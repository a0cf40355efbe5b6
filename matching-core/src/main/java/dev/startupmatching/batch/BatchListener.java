package dev.startupmatching.batch;

import dev.startupmatching.model.Need;

/**
 * Hears how a {@link BatchMatcher} run goes, to show progress or log failures. Calls never overlap
 * and come from the batch's worker threads, so they should return quickly.
 */
public interface BatchListener {
  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /**
   * Called after each need, matched or failed, with the counts so far.
   *
   * @param progress the counts so far
   */
  default void progressed(BatchProgress progress) {}

  /**
   * Called when a need could not be matched; the batch goes on without it.
   *
   * @param need the need
   * @param error why, typically an {@link IllegalArgumentException} for a need over a limit
   */
  default void failed(Need need, RuntimeException error) {}
}
