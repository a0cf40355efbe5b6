package dev.startupmatching.lucene.browse;

import dev.startupmatching.lucene.explanation.MatchExplainer;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StartupSource;
import dev.startupmatching.lucene.query.ConstraintQueries;
import dev.startupmatching.lucene.retrieval.LexicalRetrieval;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the startups like one of them: Lucene's {@link MoreLikeThis} over the profile text that
 * every startup has ({@link StartupFields#CONTENTS}), read from its term vectors, searched with the
 * filter's clauses and scored by BM25.
 *
 * <p>The query keeps the profile's most distinctive words: those in at least two profiles but in no
 * more than a fifth of them, scored by how often the profile uses them and how rare they are, up to
 * {@value #MAX_QUERY_TERMS} words, each boosted by that score. Thread-safe.
 */
public final class SimilarStartups {
  /** The most words a "more like this" query keeps. */
  public static final int MAX_QUERY_TERMS = 30;

  private final Analyzer analyzer;
  private final String indexName;

  /**
   * @param analyzer the analyzer of {@link StartupFields#CONTENTS}, for profiles whose text has no
   *     term vectors
   * @param indexName the index's name, for messages
   */
  public SimilarStartups(Analyzer analyzer, String indexName) {
    this.analyzer = analyzer;
    this.indexName = indexName;
  }

  /**
   * The startups most like one, best first and without it, as {@link
   * dev.startupmatching.match.StartupMatcher#similarTo} describes.
   *
   * @throws IllegalArgumentException if no startup has that id
   */
  public Matches find(IndexSearcher searcher, String startupId, MatchOptions options)
      throws IOException {
    int doc =
        docOf(searcher, startupId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no startup has id " + startupId + " in " + indexName));
    BooleanQuery.Builder like =
        new BooleanQuery.Builder()
            .add(like(searcher, doc), Occur.MUST)
            .add(new TermQuery(new Term(StartupFields.ID, startupId)), Occur.MUST_NOT);
    ConstraintQueries.addFilters(like, options.filter());
    Query query = like.build();
    ScoreDoc[] hits = LexicalRetrieval.search(searcher, query, options.offset() + options.topK());
    StoredFields stored = searcher.storedFields();
    List<Match> matches = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      Match.Builder match =
          Match.builder(StartupSource.load(stored, hits[i].doc, indexName), i + 1, hits[i].score);
      match.explanation(
          options.explain()
              ? MatchExplainer.similarTo(startupId, searcher.explain(query, hits[i].doc))
              : MatchExplainer.brief(hits[i].score, false));
      matches.add(match.build());
    }
    return matches.isEmpty()
        ? Matches.none("no other startup shares distinctive words with " + startupId)
        : Matches.of(matches).page(options);
  }

  /** The document of the startup with this id, if the index has it. */
  static OptionalInt docOf(IndexSearcher searcher, String startupId) throws IOException {
    TopDocs hits = searcher.search(new TermQuery(new Term(StartupFields.ID, startupId)), 1);
    return hits.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(hits.scoreDocs[0].doc);
  }

  /** The query for profiles like that of document {@code doc}; it matches that document too. */
  Query like(IndexSearcher searcher, int doc) throws IOException {
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
