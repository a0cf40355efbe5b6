package dev.startupmatching.cohort;

import java.io.Serial;
import java.util.List;

/**
 * No cohort meets all the constraints; the message names a set of them that cannot hold together.
 */
public final class CohortInfeasibleException extends IllegalStateException {
  @Serial private static final long serialVersionUID = 1L;

  private final List<String> conflicting;

  /** With the constraints that conflict, named as the cohort's reports name them. */
  public CohortInfeasibleException(List<String> conflicting, String detail) {
    super(
        "no cohort meets all the constraints: "
            + String.join(", ", conflicting)
            + " cannot all hold"
            + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.conflicting = List.copyOf(conflicting);
  }

  /** The constraints that cannot hold together. */
  public List<String> conflicting() {
    return conflicting;
  }
}
