package dev.startupmatching.match;

import dev.startupmatching.model.Need;

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

  /** Returns the number of startups this matcher ranks. */
  int size();

  /** Releases the resources held; the matcher must not be used afterwards. */
  @Override
  void close();
}
