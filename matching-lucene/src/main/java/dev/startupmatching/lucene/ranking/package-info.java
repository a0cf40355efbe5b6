/**
 * From retrieved startups to ranked ones: the reranker's candidates with what its signals read
 * ({@code Candidates}) and a diversified order ({@code Diversifier}). The reranker itself is the
 * core's internal {@code dev.startupmatching.internal.rank.Reranker}.
 *
 * <p>Internal to the library: its public types serve the other packages of this module and may
 * change in any release.
 */
package dev.startupmatching.lucene.ranking;
