package dev.startupmatching.internal.rank;

import com.google.common.base.MoreObjects;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.FeatureVector;
import java.util.Locale;

/**
 * A candidate after re-ranking: its features and the score the model gave them.
 *
 * @param candidate the candidate
 * @param features its signal values
 * @param score the model's score of the features
 */
public record RankedCandidate(Candidate candidate, FeatureVector features, double score) {
  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("startup", candidate.startup().id())
        .add("score", String.format(Locale.ROOT, "%.4f", score))
        .add("features", features)
        .toString();
  }
}
