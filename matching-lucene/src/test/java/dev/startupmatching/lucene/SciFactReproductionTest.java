package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.eval.Metrics;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On BEIR SciFact (titles as names, abstracts as descriptions, claims as needs), the {@link
 * RankingModel#BM25} model reproduces Anserini's BM25 baseline (nDCG@10 0.6789, R@100 0.9253), and
 * the default model, built for startup profiles, does not rank this out-of-domain collection worse.
 * Skipped when {@code ../shared/eval/scifact} is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SciFactReproductionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StartupIndex index;
  private Qrels qrels;
  private List<Need> claims;
  private Quality bm25;

  private static Path scifact(String file) {
    Path path =
        Path.of(System.getProperty("startupmatching.shared", "../../shared"))
            .resolve("eval/scifact")
            .resolve(file);
    assumeThat(Files.isRegularFile(path)).as("SciFact absent, skipping: " + path).isTrue();
    return path;
  }

  /** Mean nDCG@10 and R@100 over the judged claims. */
  private record Quality(double ndcgAt10, double recallAt100) {}

  @BeforeAll
  void indexTheCorpus() throws Exception {
    List<Startup> documents = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(scifact("corpus.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode doc = JSON.readTree(line);
        String title = doc.path("title").asText("");
        documents.add(
            Startup.builder(doc.get("_id").asText(), title.isBlank() ? "untitled" : title)
                .description(doc.path("text").asText(""))
                .build());
      }
    }
    qrels = Qrels.read(scifact("qrels.txt"));
    claims = new ArrayList<>();
    for (String line : Files.readAllLines(scifact("topics.tsv"))) {
      String[] topic = line.split("\t", 2);
      if (!qrels.grades(topic[0]).isEmpty()) {
        claims.add(Need.builder(topic[0], topic[1]).language("en").build());
      }
    }
    index = StartupIndex.inMemory();
    index.upsertAll(documents);
    index.refresh();
  }

  @AfterAll
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }

  private Quality evaluate(RankingModel model) {
    double ndcg = 0;
    double recall = 0;
    try (StartupMatcher matcher = Matching.builder().index(index).model(model).build()) {
      for (Need claim : claims) {
        List<String> ranked =
            matcher
                .match(claim, MatchOptions.builder().topK(1000).explain(false).minFit(0).build())
                .stream()
                .map(m -> m.startup().id())
                .toList();
        ndcg += Metrics.ndcg(ranked, qrels.grades(claim.id()), 10);
        recall += Metrics.recall(ranked, qrels.grades(claim.id()), 100);
      }
    }
    Quality quality = new Quality(ndcg / claims.size(), recall / claims.size());
    System.out.printf(
        Locale.ROOT,
        "SciFact %s (%d claims): nDCG@10 %.4f, R@100 %.4f%n",
        model,
        claims.size(),
        quality.ndcgAt10(),
        quality.recallAt100());
    return quality;
  }

  /** BM25's quality, ranked once for both tests. */
  private Quality bm25() {
    if (bm25 == null) {
      bm25 = evaluate(RankingModel.BM25);
    }
    return bm25;
  }

  @Test
  void bm25ReproducesAnseriniOnSciFact() {
    Quality bm25 = bm25();

    assertThat(bm25.ndcgAt10()).isBetween(0.6789 - 0.0005, 0.6789 + 0.0005);
    assertThat(bm25.recallAt100()).isBetween(0.9253 - 0.0005, 0.9253 + 0.0005);
  }

  @Test
  void theDefaultModelIsNotBelowBm25() {
    Quality bm25 = bm25();
    Quality defaults = evaluate(RankingModel.DEFAULT);

    assertThat(defaults.ndcgAt10()).isGreaterThanOrEqualTo(bm25.ndcgAt10());
  }
}
