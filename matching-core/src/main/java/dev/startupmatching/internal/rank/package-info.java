/**
 * Internal: the reranking machinery that the library's engine modules share. It computes the
 * {@link dev.startupmatching.rank.Signal signals} of each candidate, scores them with a {@link
 * dev.startupmatching.rank.ScoringModel}, and caps similar results.
 *
 * <p>Not API. The module exports this package only to the project's own modules; its types may
 * change in any release.
 */
package dev.startupmatching.internal.rank;
