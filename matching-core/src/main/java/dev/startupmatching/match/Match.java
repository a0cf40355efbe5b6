package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.model.Startup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One ranked startup for a need: the startup, its 1-based rank, its score and why.
 *
 * <p>Higher scores are better. With the default scoring model, scores of different needs share one
 * scale, 0 to 1, but say where a startup stands among each need's candidates rather than how well
 * it fits: see {@link #score}; {@link #fit} compares across needs. Instances are immutable and
 * thread-safe.
 */
public final class Match {
  private final Startup startup;
  private final int rank;
  private final double score;
  private final ImmutableList<String> matchedTerms;
  private final ImmutableList<String> matchedAreas;
  private final ImmutableMap<String, Double> scoreComponents;
  private final Explanation explanation;
  private final ImmutableList<String> missing;
  private final Snippet snippet;
  private final ImmutableMap<String, Double> features;
  private final double fit;
  private final String fitReason;

  private Match(Builder b) {
    this.startup = b.startup;
    this.rank = b.rank;
    this.score = b.score;
    this.matchedTerms = b.matchedTerms;
    this.matchedAreas = b.matchedAreas;
    this.scoreComponents = b.scoreComponents;
    this.explanation = b.explanation == null ? Explanation.of(score, "score") : b.explanation;
    this.missing = b.missing;
    this.snippet = b.snippet;
    this.features = b.features;
    this.fit = b.fit;
    this.fitReason = b.fitReason;
  }

  /**
   * Starts a builder.
   *
   * @param rank the 1-based position in the result list
   * @param score a finite score
   */
  public static Builder builder(Startup startup, int rank, double score) {
    checkArgument(startup != null, "startup must not be null");
    checkArgument(rank >= 1, "rank must be at least 1 but was %s", rank);
    checkArgument(Double.isFinite(score), "score must be finite but was %s", score);
    return new Builder(startup, rank, score);
  }

  /** The matched startup. */
  public Startup startup() {
    return startup;
  }

  /** The 1-based position in the result list. */
  public int rank() {
    return rank;
  }

  /**
   * The score that orders the list; higher is better.
   *
   * <p>With the default scoring model ({@code
   * dev.startupmatching.rank.LinearScoringModel#defaults}) it lies between 0 and 1 for every need,
   * since its weights add up to 1 and every signal's value lies between 0 and 1: scores of
   * different needs share that scale, so they may be summed or averaged (as {@code
   * dev.startupmatching.unit.UnitRanker} does) without one need outweighing another. They do not
   * say how well a startup fits, though: text relevance is the retrieval score divided by the
   * need's best candidate's, and the neighbourhood is measured against the need's best candidates,
   * so they say where the startup stands among the need's candidates: the best candidate of a need
   * that nothing fits still has full text relevance. Read {@link #fit} to compare how well startups
   * fit different needs. Other models need not share a scale across needs at all: the {@code bm25}
   * model's scores are raw BM25 sums, and a scoring model of your own (other weights, a tree
   * ensemble) scores on its own scale.
   */
  public double score() {
    return score;
  }

  /**
   * The estimated probability, from 0 to 1, that a scout judges the startup a fit for the need. It
   * depends on the evidence alone (how much of the need the startup covers, the areas it shares,
   * the need's stated preferences it meets), not on the other startups of the list, so it compares
   * across needs and is what a portal should show as "how good a fit"; see {@code
   * dev.startupmatching.rank.FitModel}. 0 when the matcher estimated none.
   */
  public double fit() {
    return fit;
  }

  /** Says how {@link #fit} came about, for people; says so when no fit was estimated. */
  public String fitReason() {
    return fitReason;
  }

  /**
   * The need's words that the startup matched, the most contributing first, lower-cased as the need
   * first wrote them (the matcher may match other forms: "battery" also matches "batteries"). Empty
   * when the match was not explained.
   */
  public List<String> matchedTerms() {
    return matchedTerms;
  }

  /**
   * Ids of the technology areas of the need that the startup covers, exactly or through a narrower
   * or broader area, the most contributing first. Empty when the match was not explained.
   */
  public List<String> matchedAreas() {
    return matchedAreas;
  }

  /**
   * The score split by kind of evidence, in a fixed order set by the matcher; the values add up to
   * the score. For a re-ranked match, one entry per signal that applies to the need, named as the
   * signal is ({@code "text"}, {@code "required-areas"}, {@code "maturity"}, ...; see {@code
   * dev.startupmatching.rank.Signals}), and {@code "diversity"}, the cap of a diversified list. For
   * a match ranked by retrieval alone, such as the {@code bm25} model's, one entry per kind of
   * clause: {@code "words"}, {@code "translations"}, {@code "area names"}, {@code "areas"}, and
   * {@code "feedback"} when the query was expanded. Empty when the match was not explained. Suited
   * to drawing a bar per component.
   */
  public Map<String, Double> scoreComponents() {
    return scoreComponents;
  }

  /** Why the score is what it is; the root value is the {@link #score}. */
  public Explanation explanation() {
    return explanation;
  }

  /**
   * What the startup lacks against the need, one sentence each: required areas it does not cover, a
   * stage or readiness shortfall, a location outside the need's regions. It answers "why is this
   * not higher?". Empty when nothing is missing or the match was not explained.
   */
  public List<String> missing() {
    return missing;
  }

  /**
   * The value of every signal the matcher computed for this startup, by signal name in the
   * re-ranker's order, whatever the signals' weights: what feature logs record and training learns
   * from. Empty when the matcher ranked without re-ranking.
   */
  public Map<String, Double> features() {
    return features;
  }

  /** A passage of the startup's text with the matched words highlighted, if explained. */
  public Optional<Snippet> snippet() {
    return Optional.ofNullable(snippet);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Match that
        && rank == that.rank
        && Double.compare(score, that.score) == 0
        && startup.equals(that.startup)
        && matchedTerms.equals(that.matchedTerms)
        && matchedAreas.equals(that.matchedAreas)
        && scoreComponents.equals(that.scoreComponents)
        && explanation.equals(that.explanation)
        && missing.equals(that.missing)
        && features.equals(that.features)
        && Double.compare(fit, that.fit) == 0
        && fitReason.equals(that.fitReason)
        && Objects.equals(snippet, that.snippet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        startup,
        rank,
        score,
        matchedTerms,
        matchedAreas,
        scoreComponents,
        explanation,
        missing,
        snippet,
        fit);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "#%d %s (%s) %.4f, fit %.2f", rank, startup.id(), startup.name(), score, fit);
  }

  /** Builds a {@link Match}. Not thread-safe. */
  public static final class Builder {
    private final Startup startup;
    private final int rank;
    private final double score;
    private ImmutableList<String> matchedTerms = ImmutableList.of();
    private ImmutableList<String> matchedAreas = ImmutableList.of();
    private ImmutableMap<String, Double> scoreComponents = ImmutableMap.of();
    private Explanation explanation;
    private ImmutableList<String> missing = ImmutableList.of();
    private Snippet snippet;
    private ImmutableMap<String, Double> features = ImmutableMap.of();
    private double fit;
    private String fitReason = "no fit estimated";

    private Builder(Startup startup, int rank, double score) {
      this.startup = startup;
      this.rank = rank;
      this.score = score;
    }

    /** Sets the need's matched words, the most contributing first. */
    public Builder matchedTerms(List<String> terms) {
      this.matchedTerms = ImmutableList.copyOf(terms);
      return this;
    }

    /** Sets the ids of the need's matched areas, the most contributing first. */
    public Builder matchedAreas(List<String> areaIds) {
      this.matchedAreas = ImmutableList.copyOf(areaIds);
      return this;
    }

    /** Sets the score split by kind of evidence; the values should add up to the score. */
    public Builder scoreComponents(Map<String, Double> components) {
      this.scoreComponents = ImmutableMap.copyOf(components);
      return this;
    }

    /**
     * Sets the explanation; its root value must equal the score. Without one, the match carries a
     * leaf holding just the score.
     */
    public Builder explanation(Explanation explanation) {
      checkArgument(explanation != null, "explanation must not be null");
      checkArgument(
          Math.abs(explanation.value() - score) <= 1e-6 * Math.max(1, Math.abs(score)),
          "explanation value %s differs from score %s",
          explanation.value(),
          score);
      this.explanation = explanation;
      return this;
    }

    /** Sets what the startup lacks against the need, one sentence each. */
    public Builder missing(List<String> missing) {
      this.missing = ImmutableList.copyOf(missing);
      return this;
    }

    /** Sets the highlighted passage of the startup's text. */
    public Builder snippet(Snippet snippet) {
      checkArgument(snippet != null, "snippet must not be null");
      this.snippet = snippet;
      return this;
    }

    /** Sets the value of every signal computed, by signal name. */
    public Builder features(Map<String, Double> features) {
      this.features = ImmutableMap.copyOf(features);
      return this;
    }

    /**
     * Sets the fit and how it came about.
     *
     * @param fit from 0 to 1
     * @param reason a sentence for people
     */
    public Builder fit(double fit, String reason) {
      checkArgument(fit >= 0 && fit <= 1, "fit must be between 0 and 1 but was %s", fit);
      checkArgument(reason != null && !reason.isBlank(), "reason must not be blank");
      this.fit = fit;
      this.fitReason = reason;
      return this;
    }

    /** Returns the match. */
    public Match build() {
      return new Match(this);
    }
  }
}
