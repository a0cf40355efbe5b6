package dev.startupmatching.lucene.shard;

import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.util.List;

/**
 * A matcher over one shard of a collection, with the steps of matching over all shards (see the
 * {@linkplain dev.startupmatching.lucene.shard package}). The matchers that {@code
 * Matching.builder()} builds are shard matchers; only lexical retrieval can be sharded.
 */
public interface ShardMatcher extends StartupMatcher {
  /** The statistics of this matcher's own index. */
  GlobalStatistics statistics();

  /**
   * A matcher over the same index that scores with the collection's statistics. Closing it leaves
   * the index open; closing this matcher closes an index it owns.
   *
   * @throws IllegalStateException if this matcher retrieves by meaning
   */
  ShardMatcher scoredWith(GlobalStatistics collection);

  /** How many hits {@link #firstSearch} returns at most. */
  int firstSearchDepth(MatchOptions options);

  /** How many hits {@link #feedbackSearch} returns at most. */
  int feedbackSearchDepth(MatchOptions options);

  /**
   * This shard's best hits of the need's own query, at most {@link #firstSearchDepth}, in {@link
   * ShardHit#RANKING} order; empty when the need has no searchable words.
   */
  List<ShardHit> firstSearch(Need need, MatchOptions options);

  /**
   * The need's feedback words, drawn from the best hits of its own query in this matcher's index:
   * the collection's feedback words when the index holds the collection's best {@link
   * #firstSearchDepth} hits and scores with its statistics. {@link FeedbackWords#NONE} when the
   * need is not expanded, or when matching does not rerank.
   */
  FeedbackWords feedbackWords(Need need, MatchOptions options);

  /**
   * This shard's best hits of the feedback words alone, at most {@link #feedbackSearchDepth}, in
   * {@link ShardHit#RANKING} order; empty without words.
   */
  List<ShardHit> feedbackSearch(Need need, MatchOptions options, FeedbackWords words);
}
