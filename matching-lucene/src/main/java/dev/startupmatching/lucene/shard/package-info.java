/**
 * Matching over a collection split into shards, one index each, with the rankings of one index over
 * the whole collection: the protocol a distributed job runs, as Elasticsearch's {@code
 * dfs_query_then_fetch} does.
 *
 * <ol>
 *   <li>Each shard reports its {@link dev.startupmatching.lucene.index.GlobalStatistics}; their sum
 *       is the collection's.
 *   <li>Each shard, scoring with the collection's statistics, returns its best hits of a need's
 *       first search ({@link ShardMatcher#firstSearch}); the merge of all shards' lists ({@link
 *       ShardHit#merge}) is the collection's best.
 *   <li>An index of those best startups alone, scored with the collection's statistics, gives the
 *       need's feedback words ({@link ShardMatcher#feedbackWords}), and each shard returns its best
 *       hits of the feedback search ({@link ShardMatcher#feedbackSearch}).
 *   <li>An index of the startups of both merged lists, scored with the collection's statistics,
 *       matches the need as the whole collection's index would: every startup that could rank is in
 *       it, and each scores as it would among all.
 * </ol>
 *
 * <p>Not exported from the module: it serves the project's Spark job, which runs on the class path,
 * and may change with it.
 */
package dev.startupmatching.lucene.shard;
