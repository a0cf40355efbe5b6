package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The outcome of a lenient read.
 *
 * @param accepted the number of records passed on
 * @param rejected the number of lines reported as errors and skipped
 * @param replaced the number of accepted records whose id an earlier accepted record of the same
 *     input has, each reported as a warning: the later record replaces the earlier one, so the
 *     input holds {@code accepted - replaced} distinct ids
 */
public record ReadSummary(long accepted, long rejected, long replaced) {
  /** Checks that no count is negative and that no more records were replaced than accepted. */
  public ReadSummary {
    checkArgument(accepted >= 0, "accepted must not be negative but was %s", accepted);
    checkArgument(rejected >= 0, "rejected must not be negative but was %s", rejected);
    checkArgument(
        replaced >= 0 && replaced <= accepted,
        "replaced must be between 0 and accepted (%s) but was %s",
        accepted,
        replaced);
  }

  /** The outcome of a read that replaced no record: every accepted record had its own id. */
  public ReadSummary(long accepted, long rejected) {
    this(accepted, rejected, 0);
  }
}
