package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many startups of a result set have each value of some {@link Facet facets}: for each facet,
 * its values from the most to the least frequent (ties by value), with their counts.
 *
 * <p>Immutable and thread-safe.
 */
public final class FacetCounts {
  private final ImmutableMap<Facet, ImmutableMap<String, Long>> counts;
  private final long total;

  private FacetCounts(ImmutableMap<Facet, ImmutableMap<String, Long>> counts, long total) {
    this.counts = counts;
    this.total = total;
  }

  /**
   * Returns the counts.
   *
   * @param counts for each facet, the count of each value; the values are ordered here
   * @param total the number of startups in the result set
   */
  public static FacetCounts of(Map<Facet, Map<String, Long>> counts, long total) {
    checkArgument(counts != null, "counts must not be null");
    checkArgument(total >= 0, "total must not be negative, was %s", total);
    Map<Facet, ImmutableMap<String, Long>> ordered = new EnumMap<>(Facet.class);
    counts.forEach(
        (facet, values) -> {
          Map<String, Long> sorted = new LinkedHashMap<>();
          values.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .forEach(e -> sorted.put(e.getKey(), e.getValue()));
          ordered.put(facet, ImmutableMap.copyOf(sorted));
        });
    return new FacetCounts(ImmutableMap.copyOf(ordered), total);
  }

  /** The number of startups in the result set that was counted. */
  public long total() {
    return total;
  }

  /**
   * The values of a facet with their counts, the most frequent first; empty for a facet that was
   * not asked for or that no startup of the set has.
   */
  public Map<String, Long> counts(Facet facet) {
    checkArgument(facet != null, "facet must not be null");
    return counts.getOrDefault(facet, ImmutableMap.of());
  }

  /** The facets that were counted. */
  public Set<Facet> facets() {
    return counts.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacetCounts that && total == that.total && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * counts.hashCode() + Long.hashCode(total);
  }

  @Override
  public String toString() {
    return "FacetCounts{total=" + total + ", " + counts + "}";
  }
}
