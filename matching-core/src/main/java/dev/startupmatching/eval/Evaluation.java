package dev.startupmatching.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A run scored against judgments: nDCG@10 (gain {@code 2^grade - 1}), P@10, R@100, MRR and MAP (to
 * depth 1000), per need and as means over the judged needs, computed as the project's reference
 * scorer computes them. A judged need the run lacks scores 0. Instances are immutable.
 */
public final class Evaluation {
  /** The metrics, in report order. */
  public static final List<String> METRICS =
      ImmutableList.of("ndcg@10", "p@10", "r@100", "mrr", "map");

  private final ImmutableMap<String, ImmutableMap<String, Double>> perNeed;

  private Evaluation(ImmutableMap<String, ImmutableMap<String, Double>> perNeed) {
    this.perNeed = perNeed;
  }

  /** Scores every judged need of {@code qrels} in {@code run}. */
  public static Evaluation of(Qrels qrels, Run run) {
    ImmutableMap.Builder<String, ImmutableMap<String, Double>> perNeed = ImmutableMap.builder();
    for (String need : qrels.needIds().stream().sorted().toList()) {
      List<String> ranked = run.ranking(need);
      Map<String, Integer> grades = qrels.grades(need);
      perNeed.put(
          need,
          ImmutableMap.of(
              "ndcg@10", Metrics.ndcg(ranked, grades, 10),
              "p@10", Metrics.precision(ranked, grades, 10),
              "r@100", Metrics.recall(ranked, grades, 100),
              "mrr", Metrics.reciprocalRank(ranked, grades),
              "map", Metrics.averagePrecision(ranked, grades, 1000)));
    }
    return new Evaluation(perNeed.buildOrThrow());
  }

  /** Each judged need's metrics, by need id in sorted order. */
  public Map<String, Map<String, Double>> perNeed() {
    return Collections.unmodifiableMap(perNeed);
  }

  /** The mean of each metric over the judged needs. */
  public Map<String, Double> means() {
    Map<String, Double> means = new LinkedHashMap<>();
    for (String metric : METRICS) {
      means.put(
          metric, perNeed.values().stream().mapToDouble(m -> m.get(metric)).average().orElse(0));
    }
    return ImmutableMap.copyOf(means);
  }

  /** The means as one line: {@code queries=N ndcg@10=0.7020 p@10=... map=...}. */
  public String summary() {
    return "queries=" + perNeed.size() + " " + format(means());
  }

  /** One line per need: {@code needId ndcg@10=... ...}. */
  public List<String> needLines() {
    return perNeed.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue())).toList();
  }

  private static String format(Map<String, Double> metrics) {
    return metrics.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s=%.4f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(" "));
  }
}
