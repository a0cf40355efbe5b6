package dev.startupmatching.lucene.ranking;

import dev.startupmatching.internal.rank.Diversity;
import dev.startupmatching.internal.rank.RankedCandidate;
import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.Vectors;
import dev.startupmatching.lucene.retrieval.Neighbourhood;
import dev.startupmatching.lucene.retrieval.SemanticRetrieval;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.apache.lucene.search.IndexSearcher;

/**
 * Re-orders the best candidates by maximal marginal relevance, comparing startups by their
 * embedding vectors when the index has them, by their tf-idf text vectors otherwise.
 */
public final class Diversifier {
  /**
   * With diversity, how many times the asked number of results maximal marginal relevance picks
   * from.
   */
  public static final int POOL = 3;

  private Diversifier() {}

  /**
   * The pool re-ordered, at most {@code topK} of it.
   *
   * @param pool the reranker's best candidates, best first
   * @param byVectors whether to compare startups by their embedding vectors
   * @param diversity how much diversity counts against fit, from 0 to 1
   */
  public static List<RankedCandidate> diversify(
      IndexSearcher searcher,
      ProfileTerms terms,
      Candidates candidates,
      List<RankedCandidate> pool,
      boolean byVectors,
      double diversity,
      int topK)
      throws IOException {
    if (pool.isEmpty()) {
      return pool;
    }
    double best = Math.max(pool.get(0).score(), Double.MIN_VALUE);
    Map<RankedCandidate, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < pool.size(); i++) {
      positions.put(pool.get(i), i);
    }
    int[] docs = pool.stream().mapToInt(c -> candidates.doc(c.candidate())).toArray();
    double[][] similarity = new double[pool.size()][];
    if (byVectors) {
      List<float[]> vectors = new ArrayList<>();
      for (int doc : docs) {
        vectors.add(SemanticRetrieval.vector(searcher, doc));
      }
      fill(
          similarity,
          (i, j) ->
              vectors.get(i) == null || vectors.get(j) == null
                  ? 0
                  : Math.max(0, Vectors.dot(vectors.get(i), vectors.get(j))));
    } else {
      List<Map<String, Double>> vectors = Neighbourhood.textVectors(terms, docs);
      fill(similarity, (i, j) -> Neighbourhood.cosine(vectors.get(i), vectors.get(j)));
    }
    return Diversity.mmr(
        pool,
        c -> Math.max(0, c.score() / best),
        (a, b) -> similarity[positions.get(a)][positions.get(b)],
        diversity,
        topK);
  }

  private static void fill(double[][] similarity, ToDoubleBiFunction<Integer, Integer> measure) {
    for (int i = 0; i < similarity.length; i++) {
      similarity[i] = new double[similarity.length];
      for (int j = 0; j < i; j++) {
        similarity[i][j] = measure.applyAsDouble(i, j);
        similarity[j][i] = similarity[i][j];
      }
    }
  }
}
