/**
 * The second phase of ranking: the matcher computes one value per {@link
 * dev.startupmatching.rank.Signal} for each {@link dev.startupmatching.rank.Candidate} that
 * retrieval found, and a {@link dev.startupmatching.rank.ScoringModel} turns those {@link
 * dev.startupmatching.rank.FeatureVector features} into the final score.
 *
 * <p>This package knows no search engine: retrieval (in another module) fills in each candidate's
 * text relevance and areas, and everything after is computed here, so that custom signals, feature
 * logs and trained weights work the same whatever retrieved the candidates.
 */
package dev.startupmatching.rank;
