package dev.startupmatching.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The Lucene weight of each clause of a need query, built once per match and shared by everything
 * that looks at single clauses: merging the need's and the feedback words' candidates,
 * explanations, and how much of the need a profile covers. It keeps the clause scores it computed,
 * so each document is scored once.
 */
public final class ClauseWeights {
  private final NeedQuery needQuery;
  private final TermLookup terms;
  private final List<Query> rewritten;
  private final List<Weight> weights;
  private final Map<Integer, float[]> scores = new HashMap<>();

  /** Builds the weight of each clause, with the match's looked-up terms. */
  public ClauseWeights(NeedQuery needQuery, TermLookup terms) throws IOException {
    this.needQuery = needQuery;
    this.terms = terms;
    this.rewritten = new ArrayList<>(needQuery.clauses().size());
    this.weights = new ArrayList<>(needQuery.clauses().size());
    IndexSearcher searcher = terms.searcher();
    for (NeedQuery.Clause clause : needQuery.clauses()) {
      Query query = searcher.rewrite(clause.query());
      rewritten.add(query);
      weights.add(searcher.createWeight(query, ScoreMode.COMPLETE, 1f));
    }
  }

  /** The query whose clauses are weighed. */
  public NeedQuery needQuery() {
    return needQuery;
  }

  /** The searcher the weights were built for. */
  public IndexSearcher searcher() {
    return terms.searcher();
  }

  /** The looked-up terms of the match. */
  TermLookup terms() {
    return terms;
  }

  /** The clause at {@code index} in {@link NeedQuery#clauses()}, rewritten as for its weight. */
  public Query rewritten(int index) {
    return rewritten.get(index);
  }

  /** The weight of the clause at {@code index} in {@link NeedQuery#clauses()}. */
  public Weight weight(int index) {
    return weights.get(index);
  }

  /**
   * The score each clause gives each document, by top-level document id: an array in clause order
   * holding {@link Float#NaN} where the clause does not match. The map holds the given documents
   * and any scored before. Walks each clause's matches once per segment in document order: far
   * cheaper than explaining every clause for every document, as most clauses of a long need match
   * few of them.
   */
  public Map<Integer, float[]> scores(int[] docs) throws IOException {
    int[] sorted = Arrays.stream(docs).filter(doc -> !scores.containsKey(doc)).sorted().toArray();
    List<LeafReaderContext> leaves = searcher().getIndexReader().leaves();
    int start = 0;
    while (start < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[start], leaves));
      int end = start;
      while (end < sorted.length && sorted[end] < leaf.docBase + leaf.reader().maxDoc()) {
        float[] none = new float[weights.size()];
        Arrays.fill(none, Float.NaN);
        scores.put(sorted[end], none);
        end++;
      }
      for (int i = 0; i < weights.size(); i++) {
        Scorer scorer = weights.get(i).scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator matches = scorer.iterator();
        for (int d = start; d < end; d++) {
          int target = sorted[d] - leaf.docBase;
          int current = matches.docID() < target ? matches.advance(target) : matches.docID();
          if (current == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (current == target) {
            scores.get(sorted[d])[i] = scorer.score();
          }
        }
      }
      start = end;
    }
    return scores;
  }

  /** The clause scores of every document scored so far, as {@link #scores} gives them. */
  public Map<Integer, float[]> scored() {
    return Collections.unmodifiableMap(scores);
  }

  /**
   * The sum of a scored document's clause scores from clause {@code from} to clause {@code to},
   * exclusive: what the disjunction of those clauses scores it.
   */
  public static float sum(float[] clauseScores, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      if (!Float.isNaN(clauseScores[i])) {
        sum += clauseScores[i];
      }
    }
    return (float) sum;
  }
}
