package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ranks the startups of a {@link StartupIndex} by words and areas; see {@link Matching}. */
final class LuceneStartupMatcher implements StartupMatcher {
  private static final Logger log = LoggerFactory.getLogger(LuceneStartupMatcher.class);

  /** Best score first; equal scores in startup id order, so rankings are reproducible. */
  private static final Sort SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(StartupFields.ID, SortField.Type.STRING));

  private static final Set<String> SOURCE_ONLY = Set.of(StartupFields.SOURCE);

  private final StartupIndex index;
  private final boolean ownsIndex;
  private final NeedQueryBuilder queryBuilder;
  private final Similarity similarity;

  LuceneStartupMatcher(
      StartupIndex index, boolean ownsIndex, Lexicon lexicon, RankingConfig config) {
    this.index = index;
    this.ownsIndex = ownsIndex;
    this.queryBuilder = new NeedQueryBuilder(index.analysis(), index.tagger(), lexicon, config);
    this.similarity = new BM25Similarity(config.k1(), config.b());
  }

  @Override
  public List<Match> match(Need need, MatchOptions options) {
    checkArgument(need != null, "need must not be null");
    checkArgument(options != null, "options must not be null");
    String text = need.text();
    checkArgument(
        text.length() <= Matching.MAX_NEED_TEXT_CHARS,
        "need %s: text has %s characters; the limit is %s",
        need.id(),
        text.length(),
        Matching.MAX_NEED_TEXT_CHARS);
    IndexSearcher shared = index.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setSimilarity(similarity);
      NeedQuery needQuery = queryBuilder.build(need, searcher.getIndexReader());
      if (needQuery.isEmpty()) {
        log.debug("need {} has no searchable terms; no matches", need.id());
        return ImmutableList.of();
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(needQuery.toQuery(), Occur.MUST);
      if (options.applyNeedConstraints()) {
        ConstraintQueries.addFilters(query, Constraints.of(need));
      }
      ConstraintQueries.addFilters(query, options.filter());
      TopFieldDocs top = searcher.search(query.build(), options.topK(), SCORE_THEN_ID, true);
      return toMatches(searcher, needQuery, top, options.explain());
    } catch (IOException e) {
      throw new UncheckedIOException("searching " + index.name() + " failed", e);
    } finally {
      index.release(shared);
    }
  }

  private List<Match> toMatches(
      IndexSearcher searcher, NeedQuery needQuery, TopFieldDocs top, boolean explain)
      throws IOException {
    Explanations explanations = explain ? new Explanations(needQuery, searcher) : null;
    StoredFields storedFields = searcher.storedFields();
    ImmutableList.Builder<Match> matches =
        ImmutableList.builderWithExpectedSize(top.scoreDocs.length);
    int rank = 1;
    for (ScoreDoc hit : top.scoreDocs) {
      byte[] source =
          storedFields.document(hit.doc, SOURCE_ONLY).getBinaryValue(StartupFields.SOURCE).bytes;
      Startup startup = StartupSource.decode(source, index.name());
      Match.Builder match = Match.builder(startup, rank++, hit.score);
      if (explain) {
        Explanations.Explained explained = explanations.explain(hit.doc, hit.score);
        match
            .explanation(explained.explanation())
            .matchedTerms(explained.matchedWords())
            .matchedAreas(explained.matchedAreas())
            .scoreComponents(explained.components());
      } else {
        match.explanation(Explanation.of(hit.score, "relevance to the need"));
      }
      matches.add(match.build());
    }
    return matches.build();
  }

  @Override
  public int size() {
    return index.size();
  }

  @Override
  public void close() {
    if (ownsIndex) {
      try {
        index.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
