package dev.startupmatching.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.rank.LinearScoringModel;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrainingTest {
  /**
   * Lists where the feature "fit" tells relevant candidates from the rest and "noise" is random:
   * weights on "noise" rank badly, weights on "fit" well.
   */
  static List<RankedList> lists(int count, long seed) {
    Random random = new Random(seed);
    List<RankedList> lists = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      List<RankedList.Row> rows = new ArrayList<>();
      Map<String, Integer> grades = new HashMap<>();
      for (int r = 0; r < 30; r++) {
        int label = r % 5 == 0 ? 2 : r % 7 == 0 ? 1 : 0;
        String id = "n" + l + "-s" + r;
        if (label > 0) {
          grades.put(id, label);
        }
        double fit = Math.min(1, label * 0.3 + random.nextDouble() * 0.4);
        rows.add(
            new RankedList.Row(
                id, label, ImmutableMap.of("fit", fit, "noise", random.nextDouble())));
      }
      lists.add(new RankedList("n" + l, ImmutableMap.copyOf(grades), ImmutableList.copyOf(rows)));
    }
    return lists;
  }

  private static final LinearScoringModel NOISY =
      LinearScoringModel.builder("noisy").weight("fit", 0.1).weight("noise", 0.9).build();

  @Test
  void coordinateAscentLearnsTheFeatureThatTellsRelevanceApart() {
    List<RankedList> train = lists(12, 1);

    LinearScoringModel trained = CoordinateAscent.withSeed(1).train(train, NOISY, "trained");

    assertThat(CoordinateAscent.ndcg(train, trained))
        .isGreaterThan(CoordinateAscent.ndcg(train, NOISY) + 0.1);
    assertThat(trained.weights().get("fit")).isGreaterThan(trained.weights().get("noise"));
    assertThat(trained.weights().values()).allSatisfy(w -> assertThat(w).isNotNegative());
    assertThat(trained.weights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(trained.name()).isEqualTo("trained");
  }

  @Test
  void trainingIsReproducibleForASeed() {
    List<RankedList> train = lists(8, 2);

    assertThat(CoordinateAscent.withSeed(5).train(train, NOISY, "a").weights())
        .isEqualTo(CoordinateAscent.withSeed(5).train(train, NOISY, "a").weights());
  }

  @Test
  void crossValidationHoldsEachListOutOnceAndGeneralises() {
    List<RankedList> lists = lists(10, 3);

    CrossValidation.Report report = CrossValidation.run(lists, 5, 1, NOISY);

    assertThat(report.folds()).hasSize(5);
    assertThat(report.folds().stream().flatMap(f -> f.heldOut().stream()))
        .containsExactlyInAnyOrderElementsOf(lists.stream().map(RankedList::needId).toList());
    assertThat(report.heldOutTrained()).isGreaterThan(report.heldOutStart());
    assertThat(report.toString()).contains("mean", "held out");
  }

  @Test
  void rankLibLinesCarryLabelQueryNumberedFeaturesAndNamesInComments() throws Exception {
    List<RankedList> lists = lists(2, 4);
    StringWriter out = new StringWriter();

    long rows = FeatureLog.write(lists, FeatureLog.Format.RANKLIB, out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.subList(0, 2)).containsExactly("# feature 1: fit", "# feature 2: noise");
    assertThat(rows).isEqualTo(60);
    Pattern letor = Pattern.compile("\\d+ qid:\\d+( \\d+:[-+.eE0-9]+)+ # \\S+ \\S+");
    assertThat(lines.subList(2, lines.size()))
        .hasSize(60)
        .allMatch(l -> letor.matcher(l).matches());
    assertThat(lines.get(2)).startsWith("2 qid:1 1:").endsWith("# n0 n0-s0");
    assertThat(lines.get(32)).contains(" qid:2 ");
  }

  @Test
  void csvAndJsonLinesNameTheirColumns() throws Exception {
    List<RankedList> lists = lists(1, 5);
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();

    FeatureLog.write(lists, FeatureLog.Format.CSV, csv);
    FeatureLog.write(lists, FeatureLog.Format.JSONL, jsonl);

    assertThat(csv.toString().lines().findFirst()).hasValue("need,startup,label,fit,noise");
    JsonNode first =
        new ObjectMapper().readTree(jsonl.toString().lines().findFirst().orElseThrow());
    assertThat(first.get("need").asText()).isEqualTo("n0");
    assertThat(first.get("label").asInt()).isEqualTo(2);
    assertThat(first.get("features").has("fit")).isTrue();
  }
}
