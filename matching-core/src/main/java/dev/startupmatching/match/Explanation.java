package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a score is what it is: a value, a sentence describing it, and the details it was computed
 * from, as a tree.
 *
 * <p>For a {@link Match}, the root's value is the match score and its details are the score's
 * contributions (for example one per matched term); the values of a node's details add up to the
 * node's value unless its description says otherwise. Instances are immutable and thread-safe.
 */
public final class Explanation {
  private final double value;
  private final String description;
  private final ImmutableList<Explanation> details;

  private Explanation(double value, String description, ImmutableList<Explanation> details) {
    this.value = value;
    this.description = description;
    this.details = details;
  }

  /**
   * Returns an explanation node.
   *
   * @param value a finite number
   * @param description a non-null sentence saying what the value is
   * @param details the values it was computed from
   */
  public static Explanation of(double value, String description, List<Explanation> details) {
    checkArgument(Double.isFinite(value), "value must be finite but was %s", value);
    checkArgument(description != null, "description must not be null");
    return new Explanation(value, description, ImmutableList.copyOf(details));
  }

  /** Returns a leaf explanation node. */
  public static Explanation of(double value, String description) {
    return of(value, description, ImmutableList.of());
  }

  /** The value this node explains. */
  public double value() {
    return value;
  }

  /** What the value is. */
  public String description() {
    return description;
  }

  /** The values this one was computed from; empty for a leaf. */
  public List<Explanation> details() {
    return details;
  }

  /** Returns the tree as indented lines, one node per line, values to four decimals. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendTo(out, 0);
    return out.toString();
  }

  private void appendTo(StringBuilder out, int depth) {
    out.append("  ".repeat(depth))
        .append(String.format(Locale.ROOT, "%.4f", value))
        .append(" = ")
        .append(description)
        .append('\n');
    for (Explanation detail : details) {
      detail.appendTo(out, depth + 1);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation that
        && Double.compare(value, that.value) == 0
        && description.equals(that.description)
        && details.equals(that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, description, details);
  }
}
