package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The outcome of a lenient read.
 *
 * @param accepted the number of records passed on
 * @param rejected the number of lines reported as errors and skipped
 */
public record ReadSummary(long accepted, long rejected) {
  /** Checks that neither count is negative. */
  public ReadSummary {
    checkArgument(accepted >= 0, "accepted must not be negative but was %s", accepted);
    checkArgument(rejected >= 0, "rejected must not be negative but was %s", rejected);
  }
}
