package dev.startupmatching.lucene.retrieval;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.Vectors;
import dev.startupmatching.rank.Fusion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Retrieval by meaning: the need's vector against the startups' vectors (HNSW), alone or fused with
 * lexical retrieval. Need vectors are cached, since portals and batch jobs ask for the same needs
 * again. Instances are thread-safe.
 */
public final class SemanticRetrieval {
  /** Need texts whose vectors are kept. */
  private static final int CACHED_NEEDS = 10_000;

  private final EmbeddingModel model;
  private final Cache<String, float[]> needVectors =
      CacheBuilder.newBuilder().maximumSize(CACHED_NEEDS).build();

  /** Retrieves by the embeddings of this model, which must be the index's. */
  public SemanticRetrieval(EmbeddingModel model) {
    this.model = model;
  }

  /** The hits of one retrieval, best first, with what each list gave every hit when fused. */
  public record Hits(
      ScoreDoc[] hits,
      Map<Integer, Fusion.Fused> fused,
      Map<Integer, Integer> lexicalRanks,
      Map<Integer, Integer> semanticRanks,
      float[] needVector) {}

  /** Whether the model understands texts in this language (an ISO 639-1 code). */
  public boolean understands(String language) {
    return model.languages().isEmpty() || model.languages().contains(language);
  }

  /** The unit vector of the need's text, from the cache when it was embedded before. */
  float[] needVector(String text) {
    try {
      return needVectors.get(
          text, () -> Vectors.unit(model.embedQueries(List.of(text)).get(0), model));
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding a need failed", e.getCause());
    }
  }

  /**
   * The {@code depth} startups nearest the need's vector that pass the filter, nearest first, equal
   * scores by startup id.
   *
   * @param filter the constraints, or null for none
   */
  public Hits semantic(IndexSearcher searcher, String needText, Query filter, int depth)
      throws IOException {
    float[] vector = needVector(needText);
    TopDocs knn = searcher.search(knnQuery(vector, filter, depth), depth);
    ScoreDoc[] hits = knn.scoreDocs.clone();
    sortByScoreThenId(hits, searcher);
    return new Hits(hits, Map.of(), Map.of(), ranks(hits), vector);
  }

  /**
   * Lexical and semantic hits fused, best first, equal scores by startup id.
   *
   * @param lexical the lexical hits, best first
   */
  public Hits hybrid(
      IndexSearcher searcher,
      String needText,
      ScoreDoc[] lexical,
      Query filter,
      int depth,
      Fusion fusion)
      throws IOException {
    Hits semantic = semantic(searcher, needText, filter, depth);
    Map<Integer, Double> lexicalScores = new LinkedHashMap<>();
    for (ScoreDoc hit : lexical) {
      lexicalScores.put(hit.doc, (double) hit.score);
    }
    Map<Integer, Double> semanticScores = new LinkedHashMap<>();
    for (ScoreDoc hit : semantic.hits()) {
      semanticScores.put(hit.doc, (double) hit.score);
    }
    Map<Integer, Fusion.Fused> fused = fusion.fuse(lexicalScores, semanticScores);
    List<ScoreDoc> hits = new ArrayList<>(fused.size());
    fused.forEach((doc, f) -> hits.add(new ScoreDoc(doc, (float) f.score())));
    ScoreDoc[] sorted = hits.toArray(ScoreDoc[]::new);
    sortByScoreThenId(sorted, searcher);
    ScoreDoc[] kept = Arrays.copyOf(sorted, Math.min(depth, sorted.length));
    return new Hits(kept, fused, ranks(lexical), semantic.semanticRanks(), semantic.needVector());
  }

  private static Query knnQuery(float[] vector, Query filter, int depth) {
    return filter == null
        ? new KnnFloatVectorQuery(StartupFields.VECTOR, vector, depth)
        : new KnnFloatVectorQuery(StartupFields.VECTOR, vector, depth, filter);
  }

  /** Each hit's cosine with the need's vector, from the vectors the index stores. */
  public static double[] cosines(IndexSearcher searcher, ScoreDoc[] hits, float[] needVector)
      throws IOException {
    double[] cosines = new double[hits.length];
    for (int i = 0; i < hits.length; i++) {
      float[] vector = vector(searcher, hits[i].doc);
      if (vector != null) {
        cosines[i] = Vectors.dot(vector, needVector);
      }
    }
    return cosines;
  }

  /** The hits' stored unit vectors, in order, null where a startup has none. */
  public static List<float[]> vectors(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<float[]> vectors = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      vectors.add(vector(searcher, hit.doc));
    }
    return vectors;
  }

  /** A startup's stored unit vector, or null if it has none. */
  public static float[] vector(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(StartupFields.VECTOR);
    if (values == null) {
      return null;
    }
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    int leafDoc = doc - leaf.docBase;
    return iterator.advance(leafDoc) == leafDoc
        ? values.vectorValue(iterator.index()).clone()
        : null;
  }

  private static Map<Integer, Integer> ranks(ScoreDoc[] hits) {
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      ranks.put(hits[i].doc, i + 1);
    }
    return ranks;
  }

  /**
   * Sorts best score first and equal scores by startup id, in the byte order of Lucene's sort by
   * the id field, as lexical retrieval does.
   */
  static void sortByScoreThenId(ScoreDoc[] hits, IndexSearcher searcher) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, BytesRef> ids = new HashMap<>();
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      SortedDocValues values = DocValues.getSorted(leaf.reader(), StartupFields.ID);
      ids.put(
          hit.doc,
          values.advanceExact(hit.doc - leaf.docBase)
              ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()))
              : new BytesRef());
    }
    Arrays.sort(
        hits,
        Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparing(h -> ids.get(h.doc)));
  }
}
