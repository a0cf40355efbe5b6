package dev.startupmatching.rank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  Set<String> signalNames();

  /** The score of a candidate with these features; finite. */
  double score(FeatureVector features);

  /**
   * The score split by signal, in the order of {@link #signalNames}; the values add up to {@link
   * #score}.
   */
  Map<String, Double> contributions(FeatureVector features);

  /** The built-in model's default weights; see {@link LinearScoringModel#defaults}. */
  static LinearScoringModel defaults() {
    return LinearScoringModel.defaults();
  }

  /**
   * Reads a scoring model file of either kind this library reads: a linear model's JSON ({@link
   * LinearScoringModel#read}), or a tree ensemble that RankLib saved ({@link
   * TreeEnsembleModel#readRankLib}), told apart by the first character of the file.
   *
   * @param signalNames the signal names in feature log order, which a RankLib model numbers its
   *     features by: RankLib's feature i is the i-th
   * @throws dev.startupmatching.io.InputException for a file that is neither, naming the file and
   *     line
   * @throws IOException if the file cannot be read
   */
  static ScoringModel read(Path file, List<String> signalNames) throws IOException {
    String text = Files.readString(file).strip();
    // A byte order mark may come first; both readers skip it.
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).strip();
    }
    return text.startsWith("{")
        ? LinearScoringModel.read(file)
        : TreeEnsembleModel.readRankLib(file, signalNames);
  }
}
