package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.model.Startup;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A startup that retrieval found for a need, with what retrieval knows about it: its relevance
 * score, that score normalised to the need's candidates, the technology areas the startup covers
 * (declared, or found in its text), and how much its text resembles the best candidates' texts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Candidate {
  private final Startup startup;
  private final double retrievalScore;
  private final double textRelevance;
  private final ImmutableSet<String> areas;
  private final double neighbourhood;
  private final Double semanticSimilarity;
  private final double coverage;

  private Candidate(
      Startup startup,
      double retrievalScore,
      double textRelevance,
      ImmutableSet<String> areas,
      double neighbourhood,
      Double semanticSimilarity,
      double coverage) {
    this.startup = startup;
    this.retrievalScore = retrievalScore;
    this.textRelevance = textRelevance;
    this.areas = areas;
    this.neighbourhood = neighbourhood;
    this.semanticSimilarity = semanticSimilarity;
    this.coverage = coverage;
  }

  /**
   * Returns a candidate.
   *
   * @param retrievalScore the retrieval score, finite and not negative; comparable only among the
   *     candidates of one need
   * @param textRelevance the retrieval score normalised to the candidates of the need, from 0 to 1
   * @param areas ids of the technology areas the startup covers, declared or found in its text
   */
  public static Candidate of(
      Startup startup, double retrievalScore, double textRelevance, Collection<String> areas) {
    return of(startup, retrievalScore, textRelevance, areas, 0);
  }

  /**
   * Returns a candidate whose retrieval also measured its {@link #neighbourhood}.
   *
   * @param retrievalScore the retrieval score, finite and not negative; comparable only among the
   *     candidates of one need
   * @param textRelevance the retrieval score normalised to the candidates of the need, from 0 to 1
   * @param areas ids of the technology areas the startup covers, declared or found in its text
   * @param neighbourhood how much the startup's text resembles the best candidates' texts, from 0
   *     to 1; see {@link #neighbourhood}
   */
  public static Candidate of(
      Startup startup,
      double retrievalScore,
      double textRelevance,
      Collection<String> areas,
      double neighbourhood) {
    checkArgument(startup != null, "startup must not be null");
    checkArgument(
        Double.isFinite(retrievalScore) && retrievalScore >= 0,
        "retrievalScore must be finite and not negative but was %s",
        retrievalScore);
    checkArgument(
        textRelevance >= 0 && textRelevance <= 1,
        "textRelevance must be between 0 and 1 but was %s",
        textRelevance);
    checkArgument(areas != null, "areas must not be null");
    checkArgument(
        neighbourhood >= 0 && neighbourhood <= 1,
        "neighbourhood must be between 0 and 1 but was %s",
        neighbourhood);
    return new Candidate(
        startup, retrievalScore, textRelevance, ImmutableSet.copyOf(areas), neighbourhood, null, 0);
  }

  /**
   * Returns a copy that also carries the {@link #semanticSimilarity} of the startup's and the
   * need's vectors.
   *
   * @param cosine from -1 to 1
   */
  public Candidate withSemanticSimilarity(double cosine) {
    checkArgument(
        cosine >= -1 - 1e-6 && cosine <= 1 + 1e-6,
        "a cosine must be between -1 and 1 but was %s",
        cosine);
    return new Candidate(
        startup,
        retrievalScore,
        textRelevance,
        areas,
        neighbourhood,
        Math.max(-1, Math.min(1, cosine)),
        coverage);
  }

  /**
   * Returns a copy that also carries the {@link #coverage} of the need by the startup's profile.
   *
   * @param coverage from 0 to 1
   */
  public Candidate withCoverage(double coverage) {
    checkArgument(
        coverage >= 0 && coverage <= 1, "coverage must be between 0 and 1 but was %s", coverage);
    return new Candidate(
        startup, retrievalScore, textRelevance, areas, neighbourhood, semanticSimilarity, coverage);
  }

  /** The startup. */
  public Startup startup() {
    return startup;
  }

  /** The retrieval score; comparable only among the candidates of one need. */
  public double retrievalScore() {
    return retrievalScore;
  }

  /** The retrieval score normalised to the need's candidates: the best candidate has 1. */
  public double textRelevance() {
    return textRelevance;
  }

  /** Ids of the technology areas the startup covers, declared or found in its text. */
  public Set<String> areas() {
    return areas;
  }

  /**
   * How much the startup's text resembles the texts of the need's best candidates, from 0 to 1, and
   * 0 when retrieval did not measure it. A need stated broadly is met by many startups with words
   * the need does not use; the best candidates share those words, so resembling them is evidence of
   * relevance that the need's own words miss. The value is damped when the best candidates' scores
   * fall off steeply, a sign that only a few startups fit and their texts say little about the
   * rest.
   */
  public double neighbourhood() {
    return neighbourhood;
  }

  /**
   * The cosine of the startup's and the need's embedding vectors, when retrieval embedded them
   * (semantic or hybrid retrieval): how alike their meanings are, whatever their words.
   */
  public OptionalDouble semanticSimilarity() {
    return semanticSimilarity == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(semanticSimilarity);
  }

  /**
   * The share of the need's words, each weighed by how telling it is, that the startup's profile
   * contains in some form (the word, a translation, an area name), from 0 to 1; 0 when retrieval
   * did not measure it. Unlike {@link #textRelevance}, it does not depend on the other candidates:
   * the best candidate of a need nothing fits still covers little of it.
   */
  public double coverage() {
    return coverage;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("startup", startup.id())
        .add("retrievalScore", String.format(Locale.ROOT, "%.4f", retrievalScore))
        .add("areas", areas)
        .add("neighbourhood", String.format(Locale.ROOT, "%.4f", neighbourhood))
        .add("coverage", String.format(Locale.ROOT, "%.4f", coverage))
        .toString();
  }
}
