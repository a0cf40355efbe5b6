package dev.startupmatching.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.internal.io.MatchJson;
import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.lucene.shard.FeedbackWords;
import dev.startupmatching.lucene.shard.ShardMatcher;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Matches;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a need that run over its candidates alone: an index of just the startups the shards
 * found, scored with the collection's statistics, which ranks them as the collection's index would.
 */
final class NeedMatches {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NeedMatches() {}

  /** The need's feedback words, drawn from the collection's best hits of its first search. */
  static FeedbackWords feedbackWords(
      String needText, Iterable<String> best, JobSettings settings, GlobalStatistics collection) {
    Need need = InputRecords.need(needText);
    try (ShardMatcher candidates = candidates(best, settings)) {
      return candidates.scoredWith(collection).feedbackWords(need, settings.matchOptions());
    }
  }

  /** The need's output lines: its matches best first, or one line saying why it has none. */
  static List<OutputRow> rows(
      int needIndex,
      String needText,
      Iterable<String> candidateTexts,
      JobSettings settings,
      GlobalStatistics collection) {
    Need need = InputRecords.need(needText);
    Matches matches;
    try (ShardMatcher candidates = candidates(candidateTexts, settings)) {
      matches = candidates.scoredWith(collection).match(need, settings.matchOptions());
    }
    List<OutputRow> rows = new ArrayList<>(Math.max(1, matches.size()));
    if (matches.isEmpty()) {
      ObjectNode line =
          JSON.createObjectNode()
              .put("need", need.id())
              .put("noMatch", matches.noMatchReason().orElse("no startup matches this need"));
      rows.add(new OutputRow(OutputRow.order(needIndex, 0), need.id(), 0, null, 0, 0, write(line)));
      return rows;
    }
    for (Match match : matches) {
      ObjectNode line = JSON.createObjectNode().put("need", need.id());
      line.setAll(MatchJson.match(match, settings.explanationDepth()));
      rows.add(
          new OutputRow(
              OutputRow.order(needIndex, match.rank()),
              need.id(),
              match.rank(),
              match.startup().id(),
              match.score(),
              match.fit(),
              write(line)));
    }
    return rows;
  }

  /** A matcher over an index in memory of the candidates alone. */
  private static ShardMatcher candidates(Iterable<String> texts, JobSettings settings) {
    List<Startup> startups = new ArrayList<>();
    for (String text : texts) {
      startups.add(InputRecords.acceptedStartup(text));
    }
    return (ShardMatcher) settings.matching().startups(startups).build();
  }

  private static String write(ObjectNode line) {
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
