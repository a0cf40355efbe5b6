package dev.startupmatching.lucene.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.lucene.SharedData;
import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Matching over shards, as the Spark job runs it, equals matching over one index of all startups:
 * the same startups in the same order, with the same scores and fits.
 */
class ShardedMatchingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MatchOptions TOP_10 = MatchOptions.builder().topK(10).build();

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void shardsRankTheExampleAsOneIndex(int shards) {
    assertShardedEqualsWhole(
        SampleData.startups(), SampleData.needs(), shards, Matching::builder, TOP_10);
  }

  @Test
  void shardsRankAsOneIndexWithoutReranking() {
    assertShardedEqualsWhole(
        SampleData.startups(),
        SampleData.needs(),
        4,
        () -> Matching.builder().model(RankingModel.named("bm25")),
        TOP_10);
  }

  @Test
  void shardsRankTheDevelopmentNeedsAsOneIndex() throws Exception {
    Path profiles = shared("data/yc-startups.jsonl");
    Path needsFile = shared("eval/dev-needs.json");
    List<Need> needs = new ArrayList<>();
    for (JsonNode node : JSON.readTree(needsFile.toFile())) {
      needs.add(
          Need.builder(node.get("id").asText(), node.get("description").asText())
              .title(node.path("title").asText(""))
              .build());
    }
    assertThat(needs).isNotEmpty();
    assertShardedEqualsWhole(
        textOnlyProfiles(profiles),
        needs,
        3,
        Matching::builder,
        MatchOptions.builder().topK(100).build());
  }

  @Test
  void shardStatisticsAddUpToTheWholeIndexs() {
    List<Startup> startups = SampleData.startups();
    GlobalStatistics sum = null;
    for (List<Startup> shard : split(startups, 3)) {
      try (ShardMatcher matcher = shardMatcher(Matching.builder().startups(shard))) {
        GlobalStatistics statistics = matcher.statistics();
        sum = sum == null ? statistics : sum.plus(statistics);
      }
    }
    try (ShardMatcher whole = shardMatcher(Matching.builder().startups(startups))) {
      GlobalStatistics expected = whole.statistics();
      assertThat(sum.documents()).isEqualTo(expected.documents()).isEqualTo(startups.size());
      assertThat(sum.termCount()).isEqualTo(expected.termCount());
      assertThat(sum.toBytes()).as("every statistic").isEqualTo(expected.toBytes());
      GlobalStatistics copy = roundTrip(sum);
      assertThat(copy.documents()).isEqualTo(sum.documents());
      assertThat(copy.termCount()).isEqualTo(sum.termCount());
      assertThat(copy.toBytes()).isEqualTo(sum.toBytes());
      assertThatThrownBy(() -> GlobalStatistics.fromBytes(new byte[] {0, 0, 0, 1, 0}))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aShardScoredWithItsOwnStatisticsScoresDifferently() {
    List<Startup> startups = SampleData.startups();
    Need need = SampleData.needs().get(1);
    List<ShardMatcher> shards = new ArrayList<>();
    for (List<Startup> part : split(startups, 3)) {
      shards.add(shardMatcher(Matching.builder().startups(part)));
    }
    try (ShardMatcher whole = shardMatcher(Matching.builder().startups(startups))) {
      GlobalStatistics collection = whole.statistics();
      Map<String, Float> inWhole = new LinkedHashMap<>();
      whole.firstSearch(need, TOP_10).forEach(hit -> inWhole.put(hit.startupId(), hit.score()));
      int compared = 0;
      for (ShardMatcher shard : shards) {
        List<ShardHit> own = shard.firstSearch(need, TOP_10);
        List<ShardHit> scored = shard.scoredWith(collection).firstSearch(need, TOP_10);
        for (ShardHit hit : scored) {
          if (inWhole.containsKey(hit.startupId())) {
            assertThat(hit.score()).isCloseTo(inWhole.get(hit.startupId()), within(1e-4f));
            compared++;
          }
        }
        // The check above is not vacuous: a shard's own statistics give other scores.
        assertThat(own).isNotEqualTo(scored);
      }
      assertThat(compared).isPositive();
    } finally {
      shards.forEach(ShardMatcher::close);
    }
  }

  @Test
  void mergeKeepsTheBestInScoreThenIdOrder() {
    List<ShardHit> merged =
        ShardHit.merge(
            List.of(
                List.of(new ShardHit("b", 3f), new ShardHit("d", 1f)),
                List.of(new ShardHit("a", 3f), new ShardHit("c", 2f))),
            3);
    assertThat(merged).extracting(ShardHit::startupId).containsExactly("a", "b", "c");
  }

  /** Runs the sharded protocol for every need and compares it with one index's matches. */
  private static void assertShardedEqualsWhole(
      List<Startup> startups,
      List<Need> needs,
      int shardCount,
      Supplier<Matching.Builder> settings,
      MatchOptions options) {
    Map<String, Startup> byId = new LinkedHashMap<>();
    startups.forEach(s -> byId.put(s.id(), s));
    List<ShardMatcher> shards = new ArrayList<>();
    for (List<Startup> part : split(startups, shardCount)) {
      shards.add(shardMatcher(settings.get().startups(part)));
    }
    GlobalStatistics collection =
        shards.stream().map(ShardMatcher::statistics).reduce(GlobalStatistics::plus).orElseThrow();
    List<ShardMatcher> scored = shards.stream().map(s -> s.scoredWith(collection)).toList();
    try (StartupMatcher whole = settings.get().startups(startups).build()) {
      int compared = 0;
      for (Need need : needs) {
        ShardMatcher first = scored.get(0);
        List<ShardHit> best =
            ShardHit.merge(
                scored.stream().map(s -> s.firstSearch(need, options)).toList(),
                first.firstSearchDepth(options));
        List<ShardHit> byFeedback = List.of();
        try (ShardMatcher bestOnly = candidates(settings, best, List.of(), byId)) {
          FeedbackWords words = bestOnly.scoredWith(collection).feedbackWords(need, options);
          byFeedback =
              ShardHit.merge(
                  scored.stream().map(s -> s.feedbackSearch(need, options, words)).toList(),
                  first.feedbackSearchDepth(options));
        }
        List<Match> sharded;
        try (ShardMatcher candidates = candidates(settings, best, byFeedback, byId)) {
          sharded = candidates.scoredWith(collection).match(need, options);
        }
        List<Match> expected = whole.match(need, options);
        assertThat(sharded)
            .as("need %s over %s shards", need.id(), shardCount)
            .extracting(m -> m.startup().id())
            .containsExactlyElementsOf(expected.stream().map(m -> m.startup().id()).toList());
        for (int i = 0; i < expected.size(); i++) {
          assertThat(sharded.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-6));
          assertThat(sharded.get(i).fit()).isCloseTo(expected.get(i).fit(), within(1e-6));
        }
        compared += expected.size();
      }
      assertThat(compared).isPositive();
    } finally {
      shards.forEach(ShardMatcher::close);
    }
  }

  /** A matcher over the startups of both lists alone. */
  private static ShardMatcher candidates(
      Supplier<Matching.Builder> settings,
      List<ShardHit> best,
      List<ShardHit> byFeedback,
      Map<String, Startup> byId) {
    Map<String, Startup> chosen = new LinkedHashMap<>();
    for (List<ShardHit> hits : List.of(best, byFeedback)) {
      hits.forEach(hit -> chosen.put(hit.startupId(), byId.get(hit.startupId())));
    }
    return shardMatcher(settings.get().startups(List.copyOf(chosen.values())));
  }

  private static ShardMatcher shardMatcher(Matching.Builder builder) {
    return (ShardMatcher) builder.build();
  }

  /** The startups split by their ids' hashes, as a hash partitioner splits them. */
  private static List<List<Startup>> split(List<Startup> startups, int shards) {
    List<List<Startup>> parts = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      parts.add(new ArrayList<>());
    }
    startups.forEach(s -> parts.get(Math.floorMod(s.id().hashCode(), shards)).add(s));
    return parts;
  }

  private static GlobalStatistics roundTrip(GlobalStatistics statistics) {
    return GlobalStatistics.fromBytes(statistics.toBytes());
  }

  private static Path shared(String relative) {
    return SharedData.path(relative);
  }

  private static List<Startup> textOnlyProfiles(Path file) throws Exception {
    return SharedData.textOnlyProfiles(file);
  }
}
