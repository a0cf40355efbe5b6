package dev.startupmatching.rank;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * Turns the features of a candidate into its score, and says how much each feature contributed.
 *
 * <p>The built-in model is {@link LinearScoringModel}: a weighted sum, with {@link #defaults} and
 * JSON files for trained weights. Implementations must be immutable and thread-safe.
 */
public interface ScoringModel {
  /** A short name for reports, such as {@code "default"}. */
  String name();

  /** The names of the signals the model reads; a ranker must compute each of them. */
  ImmutableSet<String> signalNames();

  /** The score of a candidate with these features; finite. */
  double score(FeatureVector features);

  /**
   * The score split by signal, in the order of {@link #signalNames}; the values add up to {@link
   * #score}.
   */
  ImmutableMap<String, Double> contributions(FeatureVector features);

  /** The built-in model's default weights; see {@link LinearScoringModel#defaults}. */
  static LinearScoringModel defaults() {
    return LinearScoringModel.defaults();
  }
}
