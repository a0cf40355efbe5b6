package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one {@link Signal} says about one candidate: a value from 0 (no fit) to 1 (full fit), a
 * sentence saying why, and, when the candidate falls short, what is missing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SignalValue {
  private final double value;
  private final Supplier<String> reason;
  private final String missing;
  private final boolean applicable;

  private SignalValue(double value, Supplier<String> reason, String missing, boolean applicable) {
    checkArgument(
        value >= 0 && value <= 1, "a signal value must be between 0 and 1 but was %s", value);
    checkArgument(reason != null, "reason must not be null");
    this.value = value;
    this.reason = reason;
    this.missing = missing;
    this.applicable = applicable;
  }

  private static Supplier<String> known(String reason) {
    checkArgument(reason != null, "reason must not be null");
    return () -> reason;
  }

  /**
   * Returns a value whose reason is worded only if someone asks for it, as an explanation does:
   * every candidate of every need gets a value, but few are explained, so signals on the hot path
   * should not format sentences up front.
   *
   * @param value from 0 to 1
   * @param reason words the reason when first asked; it must not return null
   */
  public static SignalValue of(double value, Supplier<String> reason) {
    checkArgument(reason != null, "reason must not be null");
    return new SignalValue(value, Suppliers.memoize(reason::get), null, true);
  }

  /**
   * Returns a value with the reason for it.
   *
   * @param value from 0 to 1
   * @param reason a short sentence for people, such as {@code "founded in 2021"}
   */
  public static SignalValue of(double value, String reason) {
    return new SignalValue(value, known(reason), null, true);
  }

  /**
   * Returns the value of a signal that does not apply to the need, such as region fit for a need
   * that states no region: 0 for every candidate, so it neither changes the ranking nor adds to any
   * score, and explanations leave it out.
   *
   * @param reason why it does not apply, such as {@code "the need states no region"}
   */
  public static SignalValue notApplicable(String reason) {
    return new SignalValue(0, known(reason), null, false);
  }

  /**
   * Returns a value for a candidate that falls short of what the need asks, saying what is missing.
   *
   * @param value from 0 to 1
   * @param reason a short sentence for people
   * @param missing what the candidate lacks, such as {@code "lacks the required area 'Lidar'"}
   */
  public static SignalValue shortfall(double value, String reason, String missing) {
    checkArgument(missing != null && !missing.isBlank(), "missing must not be blank");
    return new SignalValue(value, known(reason), missing, true);
  }

  /** The value, from 0 to 1. */
  public double value() {
    return value;
  }

  /** Why the value is what it is. */
  public String reason() {
    String worded = reason.get();
    if (worded == null) {
      throw new IllegalStateException("the reason of a signal value was worded as null");
    }
    return worded;
  }

  /** What the candidate lacks against the need, if anything. */
  public Optional<String> missing() {
    return Optional.ofNullable(missing);
  }

  /** False when the signal does not apply to the need: its value is then 0 for everyone. */
  public boolean applicable() {
    return applicable;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignalValue that
        && applicable == that.applicable
        && Double.compare(value, that.value) == 0
        && reason().equals(that.reason())
        && Objects.equals(missing, that.missing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, reason(), missing, applicable);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f (%s)", value, reason())
        + (missing == null ? "" : "; missing: " + missing);
  }
}
