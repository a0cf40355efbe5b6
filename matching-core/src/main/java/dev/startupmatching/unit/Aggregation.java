package dev.startupmatching.unit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.model.Need;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a startup's fits to a unit's needs combine into one unit score: the best fit ({@link #max}),
 * or a weighted sum ({@link #mean}, {@link #weightedSum}). Instances are immutable and thread-safe.
 */
public final class Aggregation {
  private final String name;
  private final ImmutableMap<String, Double> needWeights;

  private Aggregation(String name, ImmutableMap<String, Double> needWeights) {
    this.name = name;
    this.needWeights = needWeights;
  }

  /**
   * The best fit to any one need: a startup that solves one problem well ranks above one that
   * touches every problem a little.
   */
  public static Aggregation max() {
    return new Aggregation("max", null);
  }

  /** The mean fit over the unit's needs: every need weighs the same. */
  public static Aggregation mean() {
    return new Aggregation("mean", ImmutableMap.of());
  }

  /**
   * A weighted sum of the fits, with weights by need id; a need without a weight weighs 1. The
   * weights are normalised to add up to 1 over the unit's needs, so scores stay on the fits' scale.
   *
   * @param needWeights finite, non-negative weights by need id
   */
  public static Aggregation weightedSum(Map<String, Double> needWeights) {
    checkArgument(needWeights != null, "needWeights must not be null");
    needWeights.forEach(
        (need, weight) ->
            checkArgument(
                weight != null && Double.isFinite(weight) && weight >= 0,
                "weight of need %s must be finite and not negative but was %s",
                need,
                weight));
    return new Aggregation("weighted sum", ImmutableMap.copyOf(needWeights));
  }

  /**
   * Returns the aggregation with this name, ignoring case: {@code max} or {@code mean}.
   *
   * @throws IllegalArgumentException naming the known aggregations otherwise
   */
  public static Aggregation named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "max" -> max();
      case "mean" -> mean();
      default ->
          throw new IllegalArgumentException(
              "unknown aggregation '" + name + "'; known aggregations: max, mean");
    };
  }

  /** The name, such as {@code "max"}. */
  public String name() {
    return name;
  }

  /**
   * Each need's contribution to the unit score, by need id in the order of {@code needs}; they add
   * up to the unit score. For {@link #max}, the best-fitting need contributes its fit (the first in
   * order on a tie) and the others nothing.
   *
   * @param fits each need's fit by need id; a need without one fits 0
   */
  public Map<String, Double> contributions(List<Need> needs, Map<String, Double> fits) {
    ImmutableMap.Builder<String, Double> contributions = ImmutableMap.builder();
    if (needWeights == null) {
      String best = null;
      for (Need need : needs) {
        if (best == null || fits.getOrDefault(need.id(), 0.0) > fits.getOrDefault(best, 0.0)) {
          best = need.id();
        }
      }
      for (Need need : needs) {
        contributions.put(
            need.id(), need.id().equals(best) ? fits.getOrDefault(need.id(), 0.0) : 0.0);
      }
      return contributions.buildOrThrow();
    }
    double total = needs.stream().mapToDouble(n -> needWeights.getOrDefault(n.id(), 1.0)).sum();
    for (Need need : needs) {
      double weight = total == 0 ? 0 : needWeights.getOrDefault(need.id(), 1.0) / total;
      contributions.put(need.id(), weight * fits.getOrDefault(need.id(), 0.0));
    }
    return contributions.buildOrThrow();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregation that
        && name.equals(that.name)
        && Objects.equals(needWeights, that.needWeights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, needWeights);
  }

  @Override
  public String toString() {
    return needWeights == null || needWeights.isEmpty() ? name : name + " " + needWeights;
  }
}
