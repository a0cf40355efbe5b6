package dev.startupmatching.lucene.query;

import dev.startupmatching.lucene.index.StatisticsSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The terms one match searches, each looked up once in every segment's terms dictionary.
 *
 * <p>A match weighs the same terms several times: its searches, the scores of single clauses for
 * coverage and explanations, the statistics of the query builder and of coverage. Each would seek
 * every term in every segment again; a {@link TermQuery} built here carries its looked-up states,
 * so every weight of it reuses them. One instance serves one match on one reader; not thread-safe.
 */
public final class TermLookup {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  /** Looks terms up in the searcher's reader. */
  public TermLookup(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The searcher whose reader the terms are looked up in. */
  public IndexSearcher searcher() {
    return searcher;
  }

  /** A query for the term that reuses its looked-up states. */
  public TermQuery query(String field, String text) {
    return query(new Term(field, text));
  }

  /** A query for the term that reuses its looked-up states. */
  TermQuery query(Term term) {
    return new TermQuery(term, states(term));
  }

  /**
   * How many documents of the reader hold the term, or of the collection for a {@link
   * StatisticsSearcher}.
   */
  int docFreq(Term term) {
    return StatisticsSearcher.docFreq(searcher, term, states(term).docFreq());
  }

  private TermStates states(Term term) {
    TermStates found = states.get(term);
    if (found == null) {
      try {
        found = TermStates.build(searcher, term, true);
      } catch (IOException e) {
        throw new UncheckedIOException("looking up " + term + " failed", e);
      }
      states.put(term, found);
    }
    return found;
  }
}
