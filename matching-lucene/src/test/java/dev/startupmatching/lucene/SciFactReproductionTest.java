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
import org.junit.jupiter.api.Test;

/**
 * The {@link RankingModel#BM25} model reproduces Anserini's BM25 baseline on BEIR SciFact (nDCG@10
 * 0.6789, R@100 0.9253): titles as names, abstracts as descriptions, claims as needs. Skipped when
 * {@code ../shared/eval/scifact} is absent.
 */
class SciFactReproductionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path scifact(String file) {
    Path path =
        Path.of(System.getProperty("startupmatching.shared", "../../shared"))
            .resolve("eval/scifact")
            .resolve(file);
    assumeThat(Files.isRegularFile(path)).as("SciFact absent, skipping: " + path).isTrue();
    return path;
  }

  @Test
  void bm25ReproducesAnseriniOnSciFact() throws Exception {
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
    Qrels qrels = Qrels.read(scifact("qrels.txt"));
    double ndcg = 0;
    double recall = 0;
    int topics = 0;
    try (StartupMatcher matcher =
        Matching.builder().startups(documents).model(RankingModel.BM25).build()) {
      for (String line : Files.readAllLines(scifact("topics.tsv"))) {
        String[] topic = line.split("\t", 2);
        if (qrels.grades(topic[0]).isEmpty()) {
          continue;
        }
        List<String> ranked =
            matcher
                .match(
                    Need.builder(topic[0], topic[1]).language("en").build(),
                    MatchOptions.builder().topK(1000).explain(false).build())
                .stream()
                .map(m -> m.startup().id())
                .toList();
        ndcg += Metrics.ndcg(ranked, qrels.grades(topic[0]), 10);
        recall += Metrics.recall(ranked, qrels.grades(topic[0]), 100);
        topics++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "SciFact BM25 (%d topics): nDCG@10 %.4f, R@100 %.4f%n",
        topics,
        ndcg / topics,
        recall / topics);
    assertThat(ndcg / topics).isBetween(0.6789 - 0.0005, 0.6789 + 0.0005);
    assertThat(recall / topics).isBetween(0.9253 - 0.0005, 0.9253 + 0.0005);
  }
}
