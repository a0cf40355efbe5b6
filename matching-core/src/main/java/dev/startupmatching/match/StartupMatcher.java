package dev.startupmatching.match;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks startups by how well they fit a {@link Need}.
 *
 * <p><b>Thread safety:</b> implementations must be safe for concurrent use by any number of
 * threads; a portal shares one matcher across all requests. {@link #close} must not run
 * concurrently with {@link #match}.
 */
public interface StartupMatcher extends AutoCloseable {

  /**
   * Returns the best-fitting startups for the need, best first.
   *
   * <p>The result holds at most {@link MatchOptions#topK()} matches with ranks 1, 2, 3, ... and
   * non-increasing scores. Ties are broken by startup id, so the same need, options and startups
   * always give the same list. Every match meets {@link Constraints#of(Need)} (unless {@link
   * MatchOptions#applyNeedConstraints()} is false) and {@link MatchOptions#filter()}. A need whose
   * best match does not reach {@link MatchOptions#minFit()}, or whose text has no searchable words,
   * gives an empty list that says why ({@link Matches#noMatchReason()}); that is an answer, not an
   * error.
   *
   * @throws IllegalArgumentException if the need exceeds a documented limit of the implementation
   */
  Matches match(Need need, MatchOptions options);

  /** Returns the top {@link MatchOptions#DEFAULT_TOP_K} matches with the default options. */
  default Matches match(Need need) {
    return match(need, MatchOptions.defaults());
  }

  /**
   * Returns the startups most like one of them ("more like this"), best first, without that startup
   * itself.
   *
   * <p>The result follows the same rules as {@link #match}'s: at most {@link MatchOptions#topK()}
   * matches from {@link MatchOptions#offset()}, each meeting {@link MatchOptions#filter()} and
   * {@link MatchOptions#minScore()}, ties broken by startup id. Need constraints do not apply, as
   * there is no need. Scores compare within the list only.
   *
   * @throws IllegalArgumentException if no startup has that id
   * @throws UnsupportedOperationException if this implementation cannot compare startups; the
   *     Lucene matcher can
   */
  default Matches similarTo(String startupId, MatchOptions options) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not find similar startups");
  }

  /**
   * Counts the values of some attributes over the startups that the need's search finds, after
   * {@link MatchOptions#filter()} and, unless switched off, the need's constraints: the counts a
   * portal shows beside the results, so that a user can narrow them.
   *
   * <p>The set counted is every startup that the need's words or areas retrieve, which is larger
   * than the ranked list: {@link MatchOptions#topK()}, {@link MatchOptions#minScore()} and {@link
   * MatchOptions#minFit()} do not apply.
   *
   * @throws UnsupportedOperationException if this implementation cannot count facets; the Lucene
   *     matcher can
   */
  default FacetCounts facets(Need need, MatchOptions options, Set<Facet> facets) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not count facets");
  }

  /**
   * Returns the startup with this id among those this matcher ranks, as its next search would see
   * it, or empty if none has that id.
   *
   * @throws UnsupportedOperationException if this implementation cannot look startups up by id; the
   *     Lucene matcher can
   */
  default Optional<Startup> startup(String startupId) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not look startups up by id");
  }

  /** Returns the number of startups this matcher ranks. */
  int size();

  /** Releases the resources held; the matcher must not be used afterwards. */
  @Override
  void close();
}
