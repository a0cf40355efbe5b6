package dev.startupmatching.lucene.explanation;

import dev.startupmatching.lucene.query.ClauseWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

/**
 * Lucene's explanations of the clauses that are a term, or a sum of boosted terms (a word searched
 * in several fields), for many documents at once. {@code Weight.explain} opens each term's postings
 * again for every document and clause, and a disjunction's scorer besides; here each term's
 * postings are walked once per segment, in document order. The trees are those Lucene's term and
 * boolean weights give; other clauses are left to their weights.
 */
final class TermClauseExplanations {
  /** A term of a clause, with the boost its weight gets. */
  private record Leaf(TermQuery query, float boost) {}

  /** A clause that {@link #leaves} could take apart. */
  private record TermClause(int index, boolean sum, List<Leaf> leaves) {}

  private final IndexSearcher searcher;
  private final Map<Integer, float[]> clauseScores;
  private final List<TermClause> clauses = new ArrayList<>();

  /** By clause index, then top-level document: the explanation, for the prepared documents. */
  private final Map<Integer, Map<Integer, Explanation>> explained = new HashMap<>();

  /** Takes apart the clauses of the weights' query, each as rewritten for its weight. */
  TermClauseExplanations(ClauseWeights weights) {
    this.searcher = weights.searcher();
    this.clauseScores = weights.scored();
    for (int i = 0; i < weights.needQuery().clauses().size(); i++) {
      Query query = weights.rewritten(i);
      List<Leaf> leaves = new ArrayList<>();
      if (leaves(query, 1f, leaves)) {
        clauses.add(new TermClause(i, !(unboosted(query) instanceof TermQuery), leaves));
      }
    }
  }

  /**
   * Explains the clauses this class takes apart for the documents, each clause for the documents it
   * matches; the weights must have scored the documents' clauses.
   */
  void prepare(int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    List<LeafReaderContext> segments = searcher.getIndexReader().leaves();
    Similarity similarity = searcher.getSimilarity();
    for (TermClause clause : clauses) {
      Map<Integer, List<Explanation>> byDoc = new HashMap<>();
      for (Leaf leaf : clause.leaves()) {
        Term term = leaf.query().getTerm();
        TermStates states = leaf.query().getTermStates();
        if (states.docFreq() == 0) {
          continue;
        }
        Similarity.SimScorer scorer =
            similarity.scorer(
                leaf.boost(),
                searcher.collectionStatistics(term.field()),
                searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        int start = 0;
        while (start < sorted.length) {
          LeafReaderContext segment = segments.get(ReaderUtil.subIndex(sorted[start], segments));
          int end = start;
          while (end < sorted.length && sorted[end] < segment.docBase + segment.reader().maxDoc()) {
            end++;
          }
          explainInSegment(
              leaf, scorer, states, segment, sorted, start, end, clause, clauseScores, byDoc);
          start = end;
        }
      }
      Map<Integer, Explanation> explanations = new HashMap<>();
      byDoc.forEach(
          (doc, terms) ->
              explanations.put(
                  doc,
                  clause.sum()
                      ? Explanation.match(clauseScores.get(doc)[clause.index()], "sum of:", terms)
                      : terms.get(0)));
      explained.put(clause.index(), explanations);
    }
  }

  private void explainInSegment(
      Leaf leaf,
      Similarity.SimScorer scorer,
      TermStates states,
      LeafReaderContext segment,
      int[] sorted,
      int start,
      int end,
      TermClause clause,
      Map<Integer, float[]> clauseScores,
      Map<Integer, List<Explanation>> byDoc)
      throws IOException {
    Term term = leaf.query().getTerm();
    IOSupplier<TermState> state = states.get(segment);
    Terms terms = segment.reader().terms(term.field());
    if (state == null || state.get() == null || terms == null) {
      return;
    }
    TermsEnum termsEnum = terms.iterator();
    termsEnum.seekExact(term.bytes(), state.get());
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
    NumericDocValues norms = segment.reader().getNormValues(term.field());
    for (int d = start; d < end; d++) {
      float[] scores = clauseScores.get(sorted[d]);
      if (scores == null || Float.isNaN(scores[clause.index()])) {
        continue; // the clause does not match: nothing to explain
      }
      int target = sorted[d] - segment.docBase;
      int current = postings.docID() < target ? postings.advance(target) : postings.docID();
      if (current == DocIdSetIterator.NO_MORE_DOCS) {
        return;
      }
      if (current != target) {
        continue;
      }
      long norm = 1L;
      if (norms != null && norms.advanceExact(target)) {
        norm = norms.longValue();
      }
      Explanation freq =
          Explanation.match((float) postings.freq(), "freq, occurrences of term within document");
      Explanation score = scorer.explain(freq, norm);
      byDoc
          .computeIfAbsent(sorted[d], k -> new ArrayList<>())
          .add(
              Explanation.match(
                  score.getValue(),
                  "weight("
                      + leaf.query()
                      + " in "
                      + target
                      + ") ["
                      + searcher.getSimilarity().getClass().getSimpleName()
                      + "], result of:",
                  score));
    }
  }

  /** The prepared explanation of a clause for a document, or null when it was not prepared. */
  Explanation explanation(int clause, int doc) {
    Map<Integer, Explanation> explanations = explained.get(clause);
    return explanations == null ? null : explanations.get(doc);
  }

  /**
   * Collects the terms of a term, or of a disjunction of boosted terms, with the boosts their
   * weights get: a boost query multiplies the boost it is given by its own, as Lucene's does. False
   * for any other shape.
   */
  private static boolean leaves(Query query, float boost, List<Leaf> leaves) {
    if (query instanceof BoostQuery boosted) {
      return leaves(boosted.getQuery(), boosted.getBoost() * boost, leaves);
    }
    if (query instanceof TermQuery term) {
      // Without looked-up statistics, Lucene's own weight explains the clause.
      if (term.getTermStates() == null) {
        return false;
      }
      leaves.add(new Leaf(term, boost));
      return true;
    }
    if (query instanceof BooleanQuery disjunction
        && disjunction.getMinimumNumberShouldMatch() == 0
        && !disjunction.clauses().isEmpty()) {
      for (BooleanClause clause : disjunction.clauses()) {
        Query part = unboosted(clause.query());
        if (clause.occur() != Occur.SHOULD || !(part instanceof TermQuery)) {
          return false;
        }
      }
      for (BooleanClause clause : disjunction.clauses()) {
        leaves(clause.query(), boost, leaves);
      }
      return true;
    }
    return false;
  }

  private static Query unboosted(Query query) {
    return query instanceof BoostQuery boosted ? unboosted(boosted.getQuery()) : query;
  }
}
