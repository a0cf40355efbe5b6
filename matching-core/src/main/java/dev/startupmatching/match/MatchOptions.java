package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import java.util.Objects;

/**
 * How to match one need: how many results, which extra filters, and whether to explain.
 *
 * <p>Instances are immutable and thread-safe; share them freely.
 */
public final class MatchOptions {
  /** The default number of results. */
  public static final int DEFAULT_TOP_K = 10;

  /** The largest number of results one call may ask for. */
  public static final int MAX_TOP_K = 10_000;

  /**
   * The default {@link #minFit}, chosen on the built-in example's startups: it lies between the
   * third-lowest best fit of the example's own 44 needs (0.566) and the third-highest of 32 needs
   * written so that nothing there fits them (0.523), keeping a top match for 42 of the former and
   * turning away 30 of the latter (docs/ranking.md).
   */
  public static final double DEFAULT_MIN_FIT = 0.55;

  private static final MatchOptions DEFAULTS = builder().build();

  private final int topK;
  private final Constraints filter;
  private final boolean applyNeedConstraints;
  private final boolean explain;
  private final double diversity;
  private final double minFit;
  private final int offset;
  private final double minScore;

  private MatchOptions(Builder b) {
    this.topK = b.topK;
    this.filter = b.filter;
    this.applyNeedConstraints = b.applyNeedConstraints;
    this.explain = b.explain;
    this.diversity = b.diversity;
    this.minFit = b.minFit;
    this.offset = b.offset;
    this.minScore = b.minScore;
  }

  /**
   * Returns the defaults: top 10, the need's constraints applied, with explanations, and no matches
   * for a need whose best fit is below {@link #DEFAULT_MIN_FIT}.
   */
  public static MatchOptions defaults() {
    return DEFAULTS;
  }

  /** Returns the defaults with the given number of results. */
  public static MatchOptions top(int k) {
    return builder().topK(k).build();
  }

  /** Starts a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    return new Builder()
        .topK(topK)
        .filter(filter)
        .applyNeedConstraints(applyNeedConstraints)
        .explain(explain)
        .diversity(diversity)
        .minFit(minFit)
        .offset(offset)
        .minScore(minScore);
  }

  /**
   * The largest number of matches to return, after the {@link #offset} skipped, from 1 to {@link
   * #MAX_TOP_K}.
   */
  public int topK() {
    return topK;
  }

  /** Constraints applied in addition to the need's own. */
  public Constraints filter() {
    return filter;
  }

  /** Whether the need's own hard constraints filter the candidates. */
  public boolean applyNeedConstraints() {
    return applyNeedConstraints;
  }

  /**
   * Whether matches carry a full explanation. Without it each match still has an explanation
   * holding just its score, and matching is faster.
   */
  public boolean explain() {
    return explain;
  }

  /**
   * How much the list trades relevance for variety, from 0 (none: ranked by score alone) to 1;
   * above 0, maximal marginal relevance re-orders the best candidates so that a top 10 is not ten
   * near-identical startups, each next match scored {@code (1 - diversity) × relevance - diversity
   * × its similarity to the most similar match already listed}. Scores still never rise down the
   * list: a match listed below one that fits less has its score capped at that one's, and its
   * explanation and score components say by how much ({@code "diversity"}).
   */
  public double diversity() {
    return diversity;
  }

  /**
   * The least fit, from 0 to 1, that the best match of a need must reach for the need to have
   * matches at all: when no startup reaches it, the need has no good match, and the result is empty
   * and says why ({@link Matches#noMatchReason}). Below the best, matches are listed by score
   * whatever their fit. 0 lists the best startups of any need, however poorly they fit.
   */
  public double minFit() {
    return minFit;
  }

  /**
   * How many of the best matches to skip, for paging: with offset 20 and top K 10, the matches
   * ranked 21 to 30, each with its rank in the whole list. 0 by default. The minimum fit applies to
   * the whole list, so every page of a need agrees on whether it has a good match.
   */
  public int offset() {
    return offset;
  }

  /**
   * The least score a match must have to be listed; lower-scoring matches are left out. A score
   * says where a startup stands among one need's candidates, not how well it fits (see {@link
   * Match#score}), so this cuts one list; {@link #minFit} is the threshold that compares across
   * needs. None by default.
   */
  public double minScore() {
    return minScore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchOptions that
        && topK == that.topK
        && offset == that.offset
        && Double.compare(minScore, that.minScore) == 0
        && diversity == that.diversity
        && minFit == that.minFit
        && applyNeedConstraints == that.applyNeedConstraints
        && explain == that.explain
        && filter.equals(that.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        topK, filter, applyNeedConstraints, explain, diversity, minFit, offset, minScore);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("topK", topK)
        .add("filter", filter)
        .add("applyNeedConstraints", applyNeedConstraints)
        .add("explain", explain)
        .add("diversity", diversity)
        .add("minFit", minFit)
        .add("offset", offset)
        .add("minScore", minScore)
        .toString();
  }

  /** Builds {@link MatchOptions}; setters validate at once. Not thread-safe. */
  public static final class Builder {
    private int topK = DEFAULT_TOP_K;
    private Constraints filter = Constraints.none();
    private boolean applyNeedConstraints = true;
    private boolean explain = true;
    private double diversity;
    private double minFit = DEFAULT_MIN_FIT;
    private int offset;
    private double minScore = Double.NEGATIVE_INFINITY;

    private Builder() {}

    /** Sets the number of results, from 1 to {@link #MAX_TOP_K}. */
    public Builder topK(int topK) {
      checkArgument(
          topK >= 1 && topK <= MAX_TOP_K,
          "topK must be between 1 and %s but was %s",
          MAX_TOP_K,
          topK);
      this.topK = topK;
      return this;
    }

    /** Sets constraints applied in addition to the need's own. */
    public Builder filter(Constraints filter) {
      checkArgument(filter != null, "filter must not be null");
      this.filter = filter;
      return this;
    }

    /** Sets whether the need's own hard constraints apply; true by default. */
    public Builder applyNeedConstraints(boolean apply) {
      this.applyNeedConstraints = apply;
      return this;
    }

    /** Sets whether matches carry a full explanation; true by default. */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** Sets the trade of relevance for variety, from 0 (the default: none) to 1. */
    public Builder diversity(double diversity) {
      checkArgument(
          diversity >= 0 && diversity <= 1,
          "diversity must be between 0 and 1 but was %s",
          diversity);
      this.diversity = diversity;
      return this;
    }

    /**
     * Sets the least fit the best match must reach, from 0 (list any need's best startups) to 1;
     * {@link #DEFAULT_MIN_FIT} by default.
     */
    public Builder minFit(double minFit) {
      checkArgument(
          minFit >= 0 && minFit <= 1, "minFit must be between 0 and 1 but was %s", minFit);
      this.minFit = minFit;
      return this;
    }

    /** Sets how many of the best matches to skip, for paging; 0 by default. */
    public Builder offset(int offset) {
      checkArgument(
          offset >= 0 && offset < MAX_TOP_K,
          "offset must be between 0 and %s but was %s",
          MAX_TOP_K - 1,
          offset);
      this.offset = offset;
      return this;
    }

    /** Sets the least score a listed match must have; none by default. */
    public Builder minScore(double minScore) {
      checkArgument(!Double.isNaN(minScore), "minScore must be a number");
      this.minScore = minScore;
      return this;
    }

    /**
     * Returns the options.
     *
     * @throws IllegalArgumentException when offset and top K together pass {@link #MAX_TOP_K}
     */
    public MatchOptions build() {
      checkArgument(
          offset + topK <= MAX_TOP_K,
          "offset %s and topK %s reach past the %s best matches that can be listed",
          offset,
          topK,
          MAX_TOP_K);
      return new MatchOptions(this);
    }
  }
}
