package dev.startupmatching.lucene.ranking;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.lucene.index.InDocOrder;
import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StartupSource;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedCoverage;
import dev.startupmatching.lucene.retrieval.Neighbourhood;
import dev.startupmatching.lucene.retrieval.SemanticRetrieval;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Candidate;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The retrieved startups as the reranker's candidates: each startup's record, retrieval score and
 * relevance to the best, areas, coverage of the need, and, when asked, neighbourhood and cosine to
 * the need. Keeps the document of each candidate, for explanations and diversity.
 */
public final class Candidates {
  /** What the neighbourhood signal is measured on. */
  public enum Neighbourhoods {
    /** No neighbourhood: the candidates are ranked by retrieval alone. */
    NONE,
    /** The candidates' words (tf-idf vectors of their profiles). */
    WORDS,
    /** The candidates' embedding vectors. */
    VECTORS
  }

  private final ImmutableList<Candidate> list;
  private final Map<Candidate, Integer> docs;
  private final double best;

  private Candidates(ImmutableList<Candidate> list, Map<Candidate, Integer> docs, double best) {
    this.list = list;
    this.docs = docs;
    this.best = best;
  }

  /**
   * Builds the candidates of the hits.
   *
   * @param weights the weights of the need's query expanded by feedback, for coverage
   * @param hits the hits, best first
   * @param needVector the need's embedding, for each candidate's cosine, or null
   */
  public static Candidates load(
      IndexSearcher searcher,
      String indexName,
      ProfileTerms terms,
      ClauseWeights weights,
      ScoreDoc[] hits,
      Neighbourhoods neighbourhoods,
      float[] needVector)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Sorted by score, so the first hit has the best; every text relevance is relative to it.
    double best = hits.length == 0 ? 0 : hits[0].score;
    Startup[] startups = startups(searcher, hits, indexName);
    double[] neighbourhood =
        switch (neighbourhoods) {
          case NONE -> null;
          case WORDS -> Neighbourhood.of(terms, hits);
          case VECTORS -> Neighbourhood.ofVectors(hits, SemanticRetrieval.vectors(searcher, hits));
        };
    double[] cosines =
        needVector == null ? null : SemanticRetrieval.cosines(searcher, hits, needVector);
    Map<Integer, float[]> clauseScores =
        weights.scores(Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    NeedCoverage coverage = NeedCoverage.of(weights);
    Map<Candidate, Integer> docs = new IdentityHashMap<>();
    ImmutableList.Builder<Candidate> list = ImmutableList.builderWithExpectedSize(hits.length);
    for (int i = 0; i < hits.length; i++) {
      ScoreDoc hit = hits[i];
      double score = Math.max(0, hit.score);
      double relevance = best > 0 ? Math.min(1, hit.score / best) : 0;
      ImmutableSet<String> areas = areas(leaves, hit.doc);
      Candidate candidate =
          (neighbourhood == null
                  ? Candidate.of(startups[i], score, relevance, areas)
                  : Candidate.of(startups[i], score, relevance, areas, neighbourhood[i]))
              .withCoverage(coverage.coverage(clauseScores.get(hit.doc)));
      if (cosines != null) {
        candidate = candidate.withSemanticSimilarity(cosines[i]);
      }
      docs.put(candidate, hit.doc);
      list.add(candidate);
    }
    return new Candidates(list.build(), docs, best);
  }

  /** The candidates, in the order of the hits. */
  public ImmutableList<Candidate> list() {
    return list;
  }

  /** The top-level document id of one of the candidates. */
  public int doc(Candidate candidate) {
    Integer doc = docs.get(candidate);
    if (doc == null) {
      throw new IllegalArgumentException("not one of the candidates: " + candidate);
    }
    return doc;
  }

  /** The best hit's retrieval score, 0 without hits. */
  public double best() {
    return best;
  }

  private static Startup[] startups(IndexSearcher searcher, ScoreDoc[] hits, String indexName)
      throws IOException {
    StoredFields storedFields = searcher.storedFields();
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    Startup[] startups = new Startup[hits.length];
    for (int i : InDocOrder.indexes(docs)) {
      startups[i] = StartupSource.load(storedFields, docs[i], indexName);
    }
    return startups;
  }

  /** The areas a startup covers, from the index's doc values. */
  private static ImmutableSet<String> areas(List<LeafReaderContext> leaves, int doc)
      throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), StartupFields.CONCEPTS);
    if (!values.advanceExact(doc - leaf.docBase)) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> areas = ImmutableSet.builder();
    for (int i = 0; i < values.docValueCount(); i++) {
      areas.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return areas.build();
  }
}
