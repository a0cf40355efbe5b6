package dev.startupmatching.lucene.browse;

import dev.startupmatching.lucene.index.StartupFields;
import java.io.IOException;
import java.util.OptionalInt;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The query for startups like one of them: Lucene's {@link MoreLikeThis} over the profile text that
 * every startup has ({@link StartupFields#CONTENTS}), read from its term vectors.
 *
 * <p>It keeps the profile's most distinctive words: those in at least two profiles but in no more
 * than a fifth of them, scored by how often the profile uses them and how rare they are, up to
 * {@value #MAX_QUERY_TERMS} words, each boosted by that score. Thread-safe.
 */
public final class SimilarStartups {
  /** The most words a "more like this" query keeps. */
  public static final int MAX_QUERY_TERMS = 30;

  private final Analyzer analyzer;

  /**
   * @param analyzer the analyzer of {@link StartupFields#CONTENTS}, for profiles whose text has no
   *     term vectors
   */
  public SimilarStartups(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The document of the startup with this id, if the index has it. */
  public static OptionalInt docOf(IndexSearcher searcher, String startupId) throws IOException {
    TopDocs hits = searcher.search(new TermQuery(new Term(StartupFields.ID, startupId)), 1);
    return hits.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(hits.scoreDocs[0].doc);
  }

  /** The query for profiles like that of document {@code doc}; it matches that document too. */
  public Query like(IndexSearcher searcher, int doc) throws IOException {
    MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
    moreLikeThis.setFieldNames(new String[] {StartupFields.CONTENTS});
    moreLikeThis.setAnalyzer(analyzer);
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(2);
    // Words in more than a fifth of the profiles say little; a small index keeps words in two.
    moreLikeThis.setMaxDocFreq(Math.max(2, searcher.getIndexReader().numDocs() / 5));
    moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
    moreLikeThis.setBoost(true);
    return moreLikeThis.like(doc);
  }
}
