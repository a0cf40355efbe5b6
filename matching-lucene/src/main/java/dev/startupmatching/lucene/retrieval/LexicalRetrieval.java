package dev.startupmatching.lucene.retrieval;

import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.lucene.shard.FeedbackWords;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Retrieves a need's candidates by its words and areas, with the words of its best candidates
 * ({@link Feedback}), in two cheap searches: the need's own query, whose best candidates give the
 * feedback words, and the feedback words alone, which bring in the startups that never use the
 * need's words. The two lists are merged with the expanded query's scores, as one search of the
 * whole expanded query would score them up to float rounding.
 */
public final class LexicalRetrieval {
  /** Best score first; equal scores in startup id order, so rankings are reproducible. */
  private static final Sort SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(StartupFields.ID, SortField.Type.STRING));

  /**
   * What retrieval found.
   *
   * @param weights the weights of the need's query expanded by feedback, whose clause scores the
   *     candidates' coverage and explanations read
   * @param hits the candidates, best first, equal scores in startup id order; empty when only the
   *     feedback words were asked for
   */
  public record Retrieved(ClauseWeights weights, ScoreDoc[] hits) {
    /** The need's query expanded by feedback. */
    public NeedQuery expanded() {
      return weights.needQuery();
    }
  }

  private LexicalRetrieval() {}

  /**
   * Retrieves the need's candidates.
   *
   * @param lookup the match's term lookup, on the searcher to search
   * @param terms the profile terms of the searcher's reader, for the feedback words
   * @param filter restricts a query to the startups the match may return
   * @param depth the most candidates returned
   * @param candidates false to find only the feedback words, when another retrieval finds the
   *     candidates
   */
  public static Retrieved retrieve(
      TermLookup lookup,
      ProfileTerms terms,
      NeedQuery needQuery,
      UnaryOperator<Query> filter,
      int depth,
      boolean candidates)
      throws IOException {
    IndexSearcher searcher = lookup.searcher();
    ScoreDoc[] first =
        search(
            searcher,
            filter.apply(needQuery.toQuery()),
            candidates ? Math.max(depth, Feedback.DOCS) : Feedback.DOCS);
    NeedQuery expanded =
        Feedback.expand(
            lookup, terms, needQuery, Arrays.copyOf(first, Math.min(first.length, Feedback.DOCS)));
    ClauseWeights weights = new ClauseWeights(expanded, lookup);
    if (!candidates) {
      return new Retrieved(weights, new ScoreDoc[0]);
    }
    ScoreDoc[] hits = first;
    NeedQuery feedback = expanded.addedTo(needQuery);
    if (!feedback.isEmpty()) {
      ScoreDoc[] byFeedback = search(searcher, filter.apply(feedback.toQuery()), depth);
      hits = Feedback.union(weights, first, byFeedback);
      SemanticRetrieval.sortByScoreThenId(hits, searcher);
    }
    return new Retrieved(weights, Arrays.copyOf(hits, Math.min(depth, hits.length)));
  }

  /**
   * How many of the need's own query's best candidates {@link #retrieve} searches for, when it
   * returns up to {@code depth} candidates.
   */
  public static int firstSearchDepth(int depth) {
    return Math.max(depth, Feedback.DOCS);
  }

  /**
   * The words feedback adds to the need's query, as {@link #retrieve} adds them, with their
   * weights; none when the need is narrow or its candidates yield no words.
   */
  public static FeedbackWords feedbackWords(
      TermLookup lookup, ProfileTerms terms, NeedQuery needQuery, UnaryOperator<Query> filter)
      throws IOException {
    NeedQuery expanded =
        retrieve(lookup, terms, needQuery, filter, Feedback.DOCS, false).expanded();
    return Feedback.words(expanded.addedTo(needQuery));
  }

  /**
   * The query of the feedback words alone, as {@link #retrieve} searches it for the candidates that
   * never use the need's words.
   */
  public static Query feedbackQuery(TermLookup lookup, NeedQuery needQuery, FeedbackWords words) {
    return Feedback.expandedBy(lookup, needQuery, words).addedTo(needQuery).toQuery();
  }

  /**
   * The best {@code n} startups for the query, best score first and equal scores in startup id
   * order, each with its score.
   */
  public static ScoreDoc[] search(IndexSearcher searcher, Query query, int n) throws IOException {
    // A plain top-scores search, pruned as any is, that looks one past the cut: unless the last
    // startup kept and the first left out score alike, the scores alone decide who is in, and the
    // ids only the order of equal scores. Otherwise a search sorted by score and id decides the
    // cut.
    ScoreDoc[] top = searcher.search(query, n + 1).scoreDocs;
    if (top.length > n && top[n - 1].score == top[n].score) {
      ScoreDoc[] hits = searcher.search(query, n, SCORE_THEN_ID, false).scoreDocs;
      for (ScoreDoc hit : hits) {
        // The sort's first field is the score.
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
      return hits;
    }
    ScoreDoc[] hits = Arrays.copyOf(top, Math.min(n, top.length));
    SemanticRetrieval.sortByScoreThenId(hits, searcher);
    return hits;
  }
}
