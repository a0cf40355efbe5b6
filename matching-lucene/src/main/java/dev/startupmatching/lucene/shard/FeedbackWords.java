package dev.startupmatching.lucene.shard;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The words that feedback adds to a need's query, each with its weight: what every shard needs to
 * run the feedback search as one index would. Empty when the need is not expanded.
 *
 * @param words the words, in the order they are added
 * @param weights each word's weight, as its query clause is boosted
 * @param descriptions each word's description, as its clause is explained
 */
public record FeedbackWords(List<String> words, List<Float> weights, List<String> descriptions)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** No feedback words: the need is searched as it is. */
  public static final FeedbackWords NONE = new FeedbackWords(List.of(), List.of(), List.of());

  /** Checks that every word has a weight and a description. */
  public FeedbackWords {
    words = List.copyOf(words);
    weights = List.copyOf(weights);
    descriptions = List.copyOf(descriptions);
    checkArgument(
        words.size() == weights.size() && words.size() == descriptions.size(),
        "%s words, %s weights and %s descriptions",
        words.size(),
        weights.size(),
        descriptions.size());
  }

  /** True when there are no words: the need is not expanded. */
  public boolean isEmpty() {
    return words.isEmpty();
  }
}
