package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.batch.BatchListener;
import dev.startupmatching.batch.BatchMatcher;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers training lists by matching needs: each need's best {@code depth} candidates with every
 * feature the matcher computed (see {@link Match#features}) and their grades from judgments. This
 * is the matcher's own path, so what is learned applies to its rankings as they are.
 */
public final class TrainingLists {
  private TrainingLists() {}

  /**
   * Matches every need and returns its list, in the needs' order.
   *
   * @param depth how many candidates per need, as many as the matcher re-ranks for a top 10
   * @param listener told of progress and of needs that could not be matched, which are left out
   * @throws IllegalStateException if the matcher does not re-rank, so has no features
   */
  public static List<RankedList> collect(
      StartupMatcher matcher, List<Need> needs, Qrels qrels, int depth, BatchListener listener) {
    checkArgument(matcher != null && needs != null && qrels != null, "arguments must not be null");
    checkArgument(depth >= 1 && depth <= MatchOptions.MAX_TOP_K, "depth out of range: %s", depth);
    Map<String, RankedList> byNeed = new HashMap<>();
    try {
      BatchMatcher.builder(matcher)
          // Every need's candidates, also of a need that nothing fits: those are judgments too.
          .options(MatchOptions.builder().topK(depth).explain(false).minFit(0).build())
          .listener(listener)
          .build()
          .run(needs, (need, matches) -> byNeed.put(need.id(), list(need, matches, qrels)));
    } catch (IOException e) {
      // The sink above only fills a map.
      throw new UncheckedIOException(e);
    }
    return needs.stream()
        .map(n -> byNeed.get(n.id()))
        .filter(l -> l != null)
        .collect(ImmutableList.toImmutableList());
  }

  private static RankedList list(Need need, List<Match> matches, Qrels qrels) {
    Map<String, Integer> grades = qrels.grades(need.id());
    ImmutableList.Builder<RankedList.Row> rows = ImmutableList.builder();
    for (Match match : matches) {
      if (match.features().isEmpty()) {
        throw new IllegalStateException(
            "the matcher computed no features; train and log features with a re-ranking model");
      }
      rows.add(
          new RankedList.Row(
              match.startup().id(),
              Math.max(0, grades.getOrDefault(match.startup().id(), 0)),
              match.features()));
    }
    return new RankedList(need.id(), grades, rows.build());
  }
}
