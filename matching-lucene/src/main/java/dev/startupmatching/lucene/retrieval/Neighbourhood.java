package dev.startupmatching.lucene.retrieval;

import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Measures each candidate's {@link dev.startupmatching.rank.Candidate#neighbourhood neighbourhood}:
 * the cosine of its tf-idf text vector with the score-weighted centroid of the best {@value
 * #FEEDBACK} candidates' vectors, times how flat those candidates' scores are (the mean of their
 * scores relative to the best, a missing candidate counting 0).
 *
 * <p>This is pseudo-relevance feedback as a signal rather than as query expansion: expanding the
 * query with the best candidates' words finds more of a broad need's startups, but drifts away from
 * a narrow need with a handful of fitting startups. As a weighted signal it cannot push the words
 * of the need aside, and the flatness damps it where the scores fall off steeply, which is how a
 * narrow need shows.
 */
public final class Neighbourhood {
  /** How many of the best candidates form the centroid. */
  static final int FEEDBACK = 10;

  /** The values are rounded to this. */
  private static final double PRECISION = 1e-9;

  private final ProfileTerms terms;

  private Neighbourhood(ProfileTerms terms) {
    this.terms = terms;
  }

  /**
   * Returns the neighbourhood of each hit, from 0 to 1.
   *
   * @param hits the candidates, best score first
   */
  public static double[] of(ProfileTerms terms, ScoreDoc[] hits) throws IOException {
    return new Neighbourhood(terms).measure(hits);
  }

  /**
   * Returns the neighbourhood of each hit measured in embedding space: the cosine of its unit
   * vector with the score-weighted centroid of the best {@value #FEEDBACK} hits' vectors, times the
   * flatness, from 0 to 1. A hit without a vector has neighbourhood 0 and adds nothing to the
   * centroid.
   *
   * @param hits the candidates, best score first
   * @param vectors the unit vectors of the hits, in the same order, null where a hit has none
   */
  public static double[] ofVectors(ScoreDoc[] hits, List<float[]> vectors) {
    double[] values = new double[hits.length];
    if (hits.length == 0 || hits[0].score <= 0) {
      return values;
    }
    double best = hits[0].score;
    float[] centroid = null;
    for (int i = 0; i < Math.min(FEEDBACK, hits.length); i++) {
      float[] vector = vectors.get(i);
      if (vector == null) {
        continue;
      }
      if (centroid == null) {
        centroid = new float[vector.length];
      }
      double weight = hits[i].score / best;
      for (int d = 0; d < centroid.length; d++) {
        centroid[d] += (float) (weight * vector[d]);
      }
    }
    double norm = centroid == null ? 0 : Math.sqrt(Vectors.dot(centroid, centroid));
    if (norm == 0) {
      return values;
    }
    double flatness = flatness(hits, FEEDBACK);
    for (int i = 0; i < hits.length; i++) {
      float[] vector = vectors.get(i);
      if (vector != null) {
        values[i] = rounded(Vectors.dot(vector, centroid) / norm * flatness);
      }
    }
    return values;
  }

  /** Clamped to 0–1, which absorbs rounding, and rounded to {@link #PRECISION}. */
  private static double rounded(double value) {
    // Rounding keeps summation-order noise from breaking ties that startup ids should settle.
    return Math.round(Math.min(1, Math.max(0, value)) / PRECISION) * PRECISION;
  }

  /**
   * The unit tf-idf vectors of the startups' texts, as {@link #of} compares them; {@link #cosine}
   * compares two.
   *
   * @param docs the startups' documents
   */
  public static List<Map<String, Double>> textVectors(ProfileTerms terms, int[] docs)
      throws IOException {
    return new Neighbourhood(terms).vectors(docs);
  }

  /**
   * How broad a need looks from its best hits: the mean of the best {@code places} scores relative
   * to the best, a missing place counting 0, so that a need few startups fit counts as narrow.
   *
   * @param hits the hits, best score first, the best scoring above 0
   */
  static double flatness(ScoreDoc[] hits, int places) {
    double best = hits[0].score;
    double flatness = 0;
    for (int i = 0; i < Math.min(places, hits.length); i++) {
      flatness += hits[i].score / best / places;
    }
    return flatness;
  }

  /** The cosine of two unit vectors from {@link #textVectors}. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      dot += entry.getValue() * large.getOrDefault(entry.getKey(), 0.0);
    }
    return dot;
  }

  private double[] measure(ScoreDoc[] hits) throws IOException {
    double[] values = new double[hits.length];
    if (hits.length == 0 || hits[0].score <= 0) {
      return values;
    }
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    List<Map<String, Double>> vectors = vectors(docs);
    double best = hits[0].score;
    double flatness = flatness(hits, FEEDBACK);
    Map<String, Double> centroid = new HashMap<>();
    for (int i = 0; i < Math.min(FEEDBACK, hits.length); i++) {
      double weight = hits[i].score / best;
      vectors.get(i).forEach((term, w) -> centroid.merge(term, weight * w, Double::sum));
    }
    double norm = Math.sqrt(centroid.values().stream().mapToDouble(w -> w * w).sum());
    if (norm == 0) {
      return values;
    }
    for (int i = 0; i < hits.length; i++) {
      double dot = 0;
      for (Map.Entry<String, Double> entry : vectors.get(i).entrySet()) {
        dot += entry.getValue() * centroid.getOrDefault(entry.getKey(), 0.0);
      }
      values[i] = rounded(dot / norm * flatness);
    }
    return values;
  }

  /**
   * The unit tf-idf vector of a profile's text in the {@link StartupFields#CONTENTS} field,
   * analysed as the index analysed it, with terms weighted (1 + ln tf) × BM25's idf. That field
   * holds every profile whatever its language, so all vectors share one vocabulary and one idf.
   */
  private Map<String, Double> vector(Map<String, Integer> counts) {
    Map<String, Double> vector = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      double weight = (1 + Math.log(count.getValue())) * terms.idf(count.getKey());
      vector.put(count.getKey(), weight);
      norm += weight * weight;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      vector.replaceAll((term, weight) -> weight / length);
    }
    return vector;
  }

  private List<Map<String, Double>> vectors(int[] docs) throws IOException {
    List<Map<String, Double>> vectors = new ArrayList<>(docs.length);
    for (Map<String, Integer> counts : terms.counts(docs)) {
      vectors.add(vector(counts));
    }
    return vectors;
  }
}
