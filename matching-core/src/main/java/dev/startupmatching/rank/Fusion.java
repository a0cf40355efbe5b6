package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Combines two ranked lists of the same items, such as lexical and semantic retrieval results, into
 * one score per item: by reciprocal rank ({@link #rrf}), or by a weighted sum of scores normalised
 * per list ({@link #minMax}, {@link #zScore}). Instances are immutable and thread-safe.
 */
public final class Fusion {
  /** Anserini's and most systems' reciprocal-rank constant. */
  public static final int DEFAULT_RRF_K = 60;

  /** How the two lists' evidence is put on one scale. */
  public enum Method {
    /** {@code weight / (k + rank)}: ranks only, robust to any score scale. */
    RRF,
    /** Scores mapped to 0..1 by each list's minimum and maximum. */
    MIN_MAX,
    /**
     * Scores standardised by each list's mean and standard deviation, shifted so that the list's
     * lowest is 0.
     */
    Z_SCORE
  }

  /**
   * One item's fused score and the part each list gave it.
   *
   * @param score the sum of the parts
   * @param lexical the first list's part
   * @param semantic the second list's part
   */
  public record Fused(double score, double lexical, double semantic) {}

  private final Method method;
  private final double lexicalWeight;
  private final double semanticWeight;
  private final int k;

  private Fusion(Method method, double lexicalWeight, double semanticWeight, int k) {
    checkArgument(
        Double.isFinite(lexicalWeight) && lexicalWeight >= 0,
        "lexical weight must be finite and not negative but was %s",
        lexicalWeight);
    checkArgument(
        Double.isFinite(semanticWeight) && semanticWeight >= 0,
        "semantic weight must be finite and not negative but was %s",
        semanticWeight);
    checkArgument(k >= 1, "k must be at least 1 but was %s", k);
    this.method = method;
    this.lexicalWeight = lexicalWeight;
    this.semanticWeight = semanticWeight;
    this.k = k;
  }

  /** Reciprocal-rank fusion with k = {@value #DEFAULT_RRF_K} and equal weights. */
  public static Fusion rrf() {
    return new Fusion(Method.RRF, 1, 1, DEFAULT_RRF_K);
  }

  /** Reciprocal-rank fusion: {@code Σ weight / (k + rank)}, ranks from 1. */
  public static Fusion rrf(int k, double lexicalWeight, double semanticWeight) {
    return new Fusion(Method.RRF, lexicalWeight, semanticWeight, k);
  }

  /**
   * A weighted sum of scores mapped to 0..1 by each list's minimum and maximum; an item absent from
   * a list gets 0 from it.
   */
  public static Fusion minMax(double lexicalWeight, double semanticWeight) {
    return new Fusion(Method.MIN_MAX, lexicalWeight, semanticWeight, DEFAULT_RRF_K);
  }

  /**
   * A weighted sum of scores standardised by each list's mean and standard deviation and shifted so
   * that each list's lowest is 0, as an item absent from the list gets; all parts stay
   * non-negative.
   */
  public static Fusion zScore(double lexicalWeight, double semanticWeight) {
    return new Fusion(Method.Z_SCORE, lexicalWeight, semanticWeight, DEFAULT_RRF_K);
  }

  /**
   * Returns the fusion with this method name, ignoring case ({@code rrf}, {@code minmax} or {@code
   * zscore}), and these weights.
   *
   * @throws IllegalArgumentException naming the known methods otherwise
   */
  public static Fusion named(String name, double lexicalWeight, double semanticWeight) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "rrf" -> rrf(DEFAULT_RRF_K, lexicalWeight, semanticWeight);
      case "minmax" -> minMax(lexicalWeight, semanticWeight);
      case "zscore" -> zScore(lexicalWeight, semanticWeight);
      default ->
          throw new IllegalArgumentException(
              "unknown fusion '" + name + "'; known fusions: rrf, minmax, zscore");
    };
  }

  /** The method. */
  public Method method() {
    return method;
  }

  /**
   * Fuses two ranked lists.
   *
   * @param lexical scores by item, best first
   * @param semantic scores by item, best first
   * @return every item of either list with its fused score, not negative, in no particular order
   */
  public <K> Map<K, Fused> fuse(Map<K, Double> lexical, Map<K, Double> semantic) {
    checkArgument(lexical != null && semantic != null, "lists must not be null");
    Map<K, Double> lexicalParts = parts(lexical, lexicalWeight);
    Map<K, Double> semanticParts = parts(semantic, semanticWeight);
    Set<K> items = new LinkedHashSet<>(lexical.keySet());
    items.addAll(semantic.keySet());
    Map<K, Fused> fused = new LinkedHashMap<>();
    for (K item : items) {
      // An item absent from a list gets 0 from it: below every item the list holds.
      double l = lexicalParts.getOrDefault(item, 0.0);
      double s = semanticParts.getOrDefault(item, 0.0);
      fused.put(item, new Fused(l + s, l, s));
    }
    return fused;
  }

  private <K> Map<K, Double> parts(Map<K, Double> list, double weight) {
    Map<K, Double> parts = new LinkedHashMap<>();
    List<Double> scores = List.copyOf(list.values());
    double min = scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double sd =
        Math.sqrt(scores.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0));
    int rank = 1;
    for (Map.Entry<K, Double> entry : list.entrySet()) {
      double score = entry.getValue();
      double part =
          switch (method) {
            case RRF -> 1.0 / (k + rank);
            case MIN_MAX -> max > min ? (score - min) / (max - min) : 1;
            case Z_SCORE -> sd > 0 ? (score - min) / sd : 0;
          };
      parts.put(entry.getKey(), weight * part);
      rank++;
    }
    return parts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fusion that
        && method == that.method
        && lexicalWeight == that.lexicalWeight
        && semanticWeight == that.semanticWeight
        && k == that.k;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, lexicalWeight, semanticWeight, k);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s(lexical %.2f, semantic %.2f%s)",
        method.name().toLowerCase(Locale.ROOT),
        lexicalWeight,
        semanticWeight,
        method == Method.RRF ? ", k " + k : "");
  }
}
