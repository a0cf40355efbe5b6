package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.eval.Metrics;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ranking quality on the development needs against the Y Combinator profiles in {@code
 * ../shared}, with text only (no tags or industries, from which the judgments were derived).
 * Skipped when the shared data is absent.
 */
class DevNeedsEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path shared(String relative) {
    Path path = Path.of(System.getProperty("startupmatching.shared", "../../shared")).resolve(relative);
    assumeTrue(Files.isRegularFile(path), "shared evaluation data absent, skipping: " + path);
    return path;
  }

  private static List<Startup> textOnlyProfiles(Path file) throws Exception {
    List<Startup> startups = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = JSON.readTree(line);
        startups.add(
            Startup.builder(node.get("id").asText(), node.get("name").asText())
                .oneLiner(node.path("oneLiner").asText(""))
                .description(node.path("description").asText(""))
                .build());
      }
    }
    return startups;
  }

  /** Mean nDCG@10 and R@100 of one matcher over the needs. */
  private record Quality(double ndcgAt10, double recallAt100) {}

  private static Quality evaluate(StartupMatcher matcher, JsonNode needs, Qrels qrels) {
    double ndcgSum = 0;
    double recallSum = 0;
    for (JsonNode node : needs) {
      Need need =
          Need.builder(node.get("id").asText(), node.get("description").asText())
              .title(node.path("title").asText(""))
              .unit(node.path("unit").asText(null))
              .build();
      List<Match> matches =
          matcher.match(need, MatchOptions.builder().topK(100).explain(false).build());
      assertThat(matches).as("matches for %s", need.id()).hasSize(100);
      List<String> ranked = matches.stream().map(m -> m.startup().id()).toList();
      ndcgSum += Metrics.ndcg(ranked, qrels.grades(need.id()), 10);
      recallSum += Metrics.recall(ranked, qrels.grades(need.id()), 100);
    }
    return new Quality(ndcgSum / needs.size(), recallSum / needs.size());
  }

  @Test
  void meanNdcgAt10IsAtLeastTheFloor() throws Exception {
    Path profiles = shared("data/yc-startups.jsonl");
    Qrels qrels = Qrels.read(shared("eval/dev-qrels.txt"));
    JsonNode needs = JSON.readTree(shared("eval/dev-needs.json").toFile());
    // The reference point, measured in the same run: flat BM25 over one field holding the whole
    // profile, with the same analysis and parameters.
    RankingConfig flatBm25 =
        RankingConfig.DEFAULT.withFieldWeights(Map.of(StartupFields.CONTENTS, 1f));

    try (StartupIndex index = StartupIndex.inMemory()) {
      index.upsertAll(textOnlyProfiles(profiles));
      index.refresh();
      Quality baseline = evaluate(new LuceneStartupMatcher(index, false, flatBm25), needs, qrels);
      Quality matched = evaluate(Matching.builder().index(index).build(), needs, qrels);

      System.out.printf(
          Locale.ROOT,
          "dev needs (%d): default nDCG@10 %.4f R@100 %.4f; flat BM25 nDCG@10 %.4f R@100 %.4f%n",
          needs.size(),
          matched.ndcgAt10(),
          matched.recallAt100(),
          baseline.ndcgAt10(),
          baseline.recallAt100());
      assertThat(matched.ndcgAt10()).isGreaterThanOrEqualTo(0.65);
    }
  }
}
