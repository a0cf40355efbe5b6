package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableList;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The text part of a need, analysed into weighted terms, each with the Lucene query that scores
 * it. The terms are kept apart so that explanations can report each one's contribution.
 */
final class NeedQuery {
  /**
   * One analysed term of the need and the query that scores it in every text field.
   *
   * @param text the term as indexed, for example stemmed ("batteri")
   * @param word the word as the need first wrote it, lower-cased ("battery"), for display
   * @param count how often the need uses the term
   */
  record Term(String text, String word, int count, Query query) {}

  private final ImmutableList<Term> terms;
  private final int distinctTermsInText;

  NeedQuery(ImmutableList<Term> terms, int distinctTermsInText) {
    this.terms = terms;
    this.distinctTermsInText = distinctTermsInText;
  }

  /** The terms searched for, most weighty first when the need had to be cut down. */
  ImmutableList<Term> terms() {
    return terms;
  }

  /** How many distinct terms the need's text had before any were dropped. */
  int distinctTermsInText() {
    return distinctTermsInText;
  }

  /** True when the need has no searchable term, for example when it is all stop words. */
  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Returns the disjunction of all term queries; the need must not be empty. */
  Query toQuery() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Term term : terms) {
      query.add(term.query(), Occur.SHOULD);
    }
    return query.build();
  }
}
