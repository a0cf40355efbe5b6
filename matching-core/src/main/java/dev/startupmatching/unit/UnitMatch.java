package dev.startupmatching.unit;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.Startup;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One ranked startup for a business unit: its unit score and the breakdown by need.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnitMatch {
  private final Startup startup;
  private final int rank;
  private final double score;
  private final ImmutableMap<String, Match> needMatches;
  private final ImmutableMap<String, Double> contributions;
  private final Explanation explanation;

  UnitMatch(
      Startup startup,
      int rank,
      double score,
      Map<String, Match> needMatches,
      Map<String, Double> contributions,
      Explanation explanation) {
    this.startup = startup;
    this.rank = rank;
    this.score = score;
    this.needMatches = ImmutableMap.copyOf(needMatches);
    this.contributions = ImmutableMap.copyOf(contributions);
    this.explanation = explanation;
  }

  /** The startup. */
  public Startup startup() {
    return startup;
  }

  /** The 1-based position in the unit's list. */
  public int rank() {
    return rank;
  }

  /** The unit score: the aggregated fits to the unit's needs. */
  public double score() {
    return score;
  }

  /**
   * The startup's match for each of the unit's needs it was ranked for, by need id in the unit's
   * order; a need the startup did not rank for is absent and counted as fit 0.
   */
  public Map<String, Match> needMatches() {
    return needMatches;
  }

  /** Each need's contribution to the unit score, by need id; they add up to the score. */
  public Map<String, Double> contributions() {
    return contributions;
  }

  /** Why the unit score is what it is: one detail per need, with that need's explanation. */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitMatch that
        && rank == that.rank
        && Double.compare(score, that.score) == 0
        && startup.equals(that.startup)
        && needMatches.equals(that.needMatches)
        && contributions.equals(that.contributions)
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startup, rank, score, needMatches, contributions, explanation);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "#%d %s (%s) %.4f %s",
        rank,
        startup.id(),
        startup.name(),
        score,
        contributions);
  }
}
