package dev.startupmatching.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;

/**
 * Ranking quality metrics over one need's ranked startup ids and its graded judgments, computed as
 * {@code trec_eval} and the project's reference scorer do. Unjudged startups count as grade 0.
 */
public final class Metrics {
  private Metrics() {}

  /**
   * Normalised discounted cumulative gain at {@code k}, with gain {@code 2^grade - 1} and discount
   * {@code log2(rank + 1)}; 0 when the need has no relevant startup.
   */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    checkArgument(k >= 1, "k must be at least 1 but was %s", k);
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().sorted((a, b) -> Integer.compare(b, a)).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of the need's relevant startups found in the top {@code k}; 0 when it has none. */
  public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    checkArgument(k >= 1, "k must be at least 1 but was %s", k);
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return relevant == 0 ? 0 : (double) found / relevant;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
