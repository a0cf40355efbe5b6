package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.model.Startup;
import java.util.Locale;
import java.util.Objects;

/**
 * One ranked startup for a need: the startup, its 1-based rank, its score and why.
 *
 * <p>Higher scores are better; scores are comparable only within one result list. Instances are
 * immutable and thread-safe.
 */
public final class Match {
  private final Startup startup;
  private final int rank;
  private final double score;
  private final Explanation explanation;

  private Match(Startup startup, int rank, double score, Explanation explanation) {
    this.startup = startup;
    this.rank = rank;
    this.score = score;
    this.explanation = explanation;
  }

  /**
   * Returns a match.
   *
   * @param rank the 1-based position in the result list
   * @param score a finite score
   * @param explanation why the score is what it is
   */
  public static Match of(Startup startup, int rank, double score, Explanation explanation) {
    checkArgument(startup != null, "startup must not be null");
    checkArgument(rank >= 1, "rank must be at least 1 but was %s", rank);
    checkArgument(Double.isFinite(score), "score must be finite but was %s", score);
    checkArgument(explanation != null, "explanation must not be null");
    return new Match(startup, rank, score, explanation);
  }

  /** The matched startup. */
  public Startup startup() {
    return startup;
  }

  /** The 1-based position in the result list. */
  public int rank() {
    return rank;
  }

  /** The score; higher is better. */
  public double score() {
    return score;
  }

  /** Why the score is what it is. */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Match that
        && rank == that.rank
        && Double.compare(score, that.score) == 0
        && startup.equals(that.startup)
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startup, rank, score, explanation);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "#%d %s (%s) %.4f", rank, startup.id(), startup.name(), score);
  }
}
