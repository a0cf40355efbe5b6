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

  /** The share of the top {@code k} that is relevant, counting missing places as not relevant. */
  public static double precision(List<String> ranked, Map<String, Integer> grades, int k) {
    checkArgument(k >= 1, "k must be at least 1 but was %s", k);
    long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / k;
  }

  /** One over the rank of the first relevant startup; 0 when none is ranked. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
    for (int i = 0; i < ranked.size(); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Average precision over the top {@code depth}, divided by the number of relevant startups; 0
   * when the need has none.
   */
  public static double averagePrecision(
      List<String> ranked, Map<String, Integer> grades, int depth) {
    checkArgument(depth >= 1, "depth must be at least 1 but was %s", depth);
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / relevant;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
