package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.internal.rank.RankedCandidate;
import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.lucene.analysis.DetectedLanguage;
import dev.startupmatching.lucene.analysis.LanguageDetector;
import dev.startupmatching.lucene.browse.FacetCounter;
import dev.startupmatching.lucene.browse.SimilarStartups;
import dev.startupmatching.lucene.explanation.Explanations;
import dev.startupmatching.lucene.explanation.MatchExplainer;
import dev.startupmatching.lucene.explanation.Snippets;
import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StatisticsSearcher;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.ConstraintQueries;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.RankingConfig;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.lucene.ranking.Candidates;
import dev.startupmatching.lucene.ranking.Diversifier;
import dev.startupmatching.lucene.retrieval.LexicalRetrieval;
import dev.startupmatching.lucene.retrieval.SemanticRetrieval;
import dev.startupmatching.lucene.shard.FeedbackWords;
import dev.startupmatching.lucene.shard.ShardHit;
import dev.startupmatching.lucene.shard.ShardMatcher;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the startups of a {@link StartupIndex}; see {@link Matching}. It only runs the phases of a
 * match, each in its own type:
 *
 * <ol>
 *   <li>the need becomes a query ({@link NeedQueryBuilder});
 *   <li>retrieval finds candidates by words and areas, expanded by feedback ({@link
 *       LexicalRetrieval}), by meaning, or by both fused ({@link SemanticRetrieval});
 *   <li>the candidates are loaded with what the signals read ({@link Candidates});
 *   <li>the reranker scores their features, and with diversity the list is re-ordered ({@link
 *       Diversifier});
 *   <li>each match is explained ({@link MatchExplainer}) and its fit estimated ({@link Fit}).
 * </ol>
 *
 * Without a reranker, the need's query alone ranks, in one search (two when startups tie at the
 * cut; see {@link LexicalRetrieval#search}).
 */
final class LuceneStartupMatcher implements ShardMatcher {
  private static final Logger log = LoggerFactory.getLogger(LuceneStartupMatcher.class);

  private final StartupIndex index;
  private final boolean ownsIndex;
  private final NeedQueryBuilder queryBuilder;
  private final Similarity similarity;
  private final Reranker reranker;
  private final Fit fit;
  private final int candidates;
  private final Snippets snippets;
  private final RetrievalMode mode;
  private final Fusion fusion;
  private final SemanticRetrieval semantic;
  private final SimilarStartups similar;
  private final FacetCounter facetCounter = new FacetCounter();

  /** The statistics of the collection the index is a shard of, or null if it is the whole. */
  private final GlobalStatistics statistics;

  /** The profile terms of the reader last searched; a refresh brings a new reader. */
  private final AtomicReference<ProfileTerms> profileTerms = new AtomicReference<>();

  /** The need languages without analysis of their own already warned of. */
  private final Set<String> standInsWarned = ConcurrentHashMap.newKeySet();

  /**
   * @param reranker the second phase, or null to rank by retrieval alone
   * @param fit estimates each match's fit
   * @param candidates how many candidates retrieval passes to the reranker, at least
   * @param mode how candidates are retrieved; semantic modes need an index with vectors
   * @param fusion how hybrid retrieval fuses its lexical and semantic lists
   */
  LuceneStartupMatcher(
      StartupIndex index,
      boolean ownsIndex,
      Lexicon lexicon,
      RankingConfig config,
      Reranker reranker,
      Fit fit,
      int candidates,
      RetrievalMode mode,
      Fusion fusion) {
    this.index = index;
    this.ownsIndex = ownsIndex;
    this.queryBuilder = new NeedQueryBuilder(index.analysis(), index.tagger(), lexicon, config);
    this.similarity = new BM25Similarity(config.k1(), config.b());
    this.reranker = reranker;
    this.fit = fit;
    this.candidates = candidates;
    this.snippets = new Snippets(index.analysis().perField());
    this.mode = mode;
    this.fusion = fusion;
    this.similar = new SimilarStartups(index.analysis().perField(), index.name());
    this.semantic =
        mode == RetrievalMode.LEXICAL
            ? null
            : new SemanticRetrieval(index.embeddingModel().orElseThrow());
    this.statistics = null;
  }

  /** The matcher over the same index, scoring with the collection's statistics. */
  private LuceneStartupMatcher(LuceneStartupMatcher shard, GlobalStatistics statistics) {
    this.index = shard.index;
    this.ownsIndex = false;
    this.queryBuilder = shard.queryBuilder;
    this.similarity = shard.similarity;
    this.reranker = shard.reranker;
    this.fit = shard.fit;
    this.candidates = shard.candidates;
    this.snippets = shard.snippets;
    this.mode = shard.mode;
    this.fusion = shard.fusion;
    this.similar = shard.similar;
    this.semantic = shard.semantic;
    this.statistics = statistics;
  }

  /**
   * Says, once per language, that a need's language has no analysis of its own, so that a need in
   * Korean that finds little does not find little silently.
   */
  private void warnOfStandIn(Need need, DetectedLanguage language) {
    if (!language.analysedInItsLanguage() && standInsWarned.add(language.language())) {
      log.warn(
          "need {} is in {}, which this library does not analyse: it is analysed as {}, so it"
              + " matches by the words, names and areas it shares with that language (said once"
              + " per language)",
          need.id(),
          LanguageDetector.displayName(language.language()),
          LanguageDetector.displayName(language.analysedAs()));
    }
  }

  @Override
  public Matches match(Need need, MatchOptions options) {
    checkNeed(need, options);
    // A page is the whole list up to its end, cut: the ranks, the minimum fit and diversity are
    // those of the whole list, so every page of a need agrees with the others.
    MatchOptions whole = whole(options);
    return search(
        "searching",
        searcher -> {
          TermLookup lookup = new TermLookup(searcher);
          NeedQuery needQuery = queryBuilder.build(need, lookup);
          warnOfStandIn(need, needQuery.detectedLanguage());
          if (needQuery.isEmpty()) {
            log.debug("need {} has no searchable terms; no matches", need.id());
            return Matches.none(
                "the need has no words to search once the words every need uses are left out");
          }
          List<Match> matches =
              reranker == null
                  ? retrievalMatches(searcher, lookup, need, needQuery, whole)
                  : rerankedMatches(searcher, lookup, need, needQuery, whole);
          return Matches.withMinFit(matches, whole.minFit()).page(options);
        });
  }

  @Override
  public Matches similarTo(String startupId, MatchOptions options) {
    checkArgument(startupId != null, "startupId must not be null");
    checkArgument(options != null, "options must not be null");
    return search("searching", searcher -> similar.find(searcher, startupId, options));
  }

  @Override
  public FacetCounts facets(Need need, MatchOptions options, Set<Facet> facets) {
    checkNeed(need, options);
    checkArgument(facets != null, "facets must not be null");
    return search(
        "counting facets",
        searcher -> {
          NeedQuery needQuery = queryBuilder.build(need, new TermLookup(searcher));
          return needQuery.isEmpty()
              ? FacetCounts.of(Map.of(), 0)
              : facetCounter.count(searcher, filtered(needQuery.toQuery(), need, options), facets);
        });
  }

  private static void checkNeed(Need need, MatchOptions options) {
    checkArgument(need != null, "need must not be null");
    checkArgument(options != null, "options must not be null");
    checkArgument(
        need.text().length() <= Matching.MAX_NEED_TEXT_CHARS,
        "need %s: text has %s characters; the limit is %s",
        need.id(),
        need.text().length(),
        Matching.MAX_NEED_TEXT_CHARS);
  }

  /** A search over the index's current reader. */
  @FunctionalInterface
  private interface Search<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs a search on the index's current reader, scored with this matcher's similarity, and
   * releases the reader afterwards.
   *
   * @param what what the search does, for the message of an I/O failure
   */
  private <T> T search(String what, Search<T> search) {
    IndexSearcher shared = index.acquire();
    try {
      IndexSearcher searcher =
          statistics == null
              ? new IndexSearcher(shared.getIndexReader())
              : new StatisticsSearcher(shared.getIndexReader(), statistics);
      searcher.setSimilarity(similarity);
      return search.run(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(what + " " + index.name() + " failed", e);
    } finally {
      index.release(shared);
    }
  }

  /** The need's query alone ranks. */
  private List<Match> retrievalMatches(
      IndexSearcher searcher,
      TermLookup lookup,
      Need need,
      NeedQuery needQuery,
      MatchOptions options)
      throws IOException {
    ScoreDoc[] hits =
        LexicalRetrieval.search(
            searcher, filtered(needQuery.toQuery(), need, options), options.topK());
    ClauseWeights weights = new ClauseWeights(needQuery, lookup);
    Candidates loaded =
        Candidates.load(
            searcher,
            index.name(),
            profileTerms(searcher.getIndexReader()),
            weights,
            hits,
            Candidates.Neighbourhoods.NONE,
            null);
    NeedAnalysis analysis = analysis(need, needQuery);
    MatchExplainer explainer =
        options.explain()
            ? explainer(searcher, weights, null, analysis, loaded.best(), null, false)
            : null;
    if (explainer != null) {
      explainer.prepare(Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    }
    ImmutableList.Builder<Match> matches = ImmutableList.builderWithExpectedSize(hits.length);
    for (int i = 0; i < hits.length; i++) {
      Candidate candidate = loaded.list().get(i);
      double score = hits[i].score;
      Match.Builder match = Match.builder(candidate.startup(), i + 1, score);
      fit.estimate(match, fit.signals().features(analysis, candidate), options.explain());
      if (explainer != null) {
        explainer.explainRetrieved(match, candidate.startup(), hits[i].doc, score);
      } else {
        match.explanation(MatchExplainer.brief(score, false));
      }
      matches.add(match.build());
    }
    return matches.build();
  }

  /** Retrieval finds candidates, the reranker scores them. */
  private List<Match> rerankedMatches(
      IndexSearcher searcher,
      TermLookup lookup,
      Need need,
      NeedQuery needQuery,
      MatchOptions options)
      throws IOException {
    int depth = Math.max(candidates, options.topK());
    // Hybrid retrieval of a need in a language the embedding model does not know would fuse
    // the words' list with noise; the words alone rank it better. The need's own language
    // counts, not the one it is analysed as: a French need is analysed as English.
    RetrievalMode needMode =
        mode == RetrievalMode.HYBRID
                && !semantic.understands(needQuery.detectedLanguage().language())
            ? RetrievalMode.LEXICAL
            : mode;
    ProfileTerms terms = profileTerms(searcher.getIndexReader());
    // Semantic retrieval needs from the words only the best few, for the feedback words its
    // explanations show.
    LexicalRetrieval.Retrieved lexical =
        LexicalRetrieval.retrieve(
            lookup,
            terms,
            needQuery,
            query -> filtered(query, need, options),
            depth,
            needMode != RetrievalMode.SEMANTIC);
    SemanticRetrieval.Hits semanticHits =
        switch (needMode) {
          case LEXICAL -> null;
          case SEMANTIC -> semantic.semantic(searcher, need.text(), filter(need, options), depth);
          case HYBRID ->
              semantic.hybrid(
                  searcher, need.text(), lexical.hits(), filter(need, options), depth, fusion);
        };
    ScoreDoc[] hits = semanticHits == null ? lexical.hits() : semanticHits.hits();
    // Hybrid retrieval already weighs the need's words; its neighbourhood adds what the best
    // candidates' meanings share. Semantic retrieval's list is the need's vector neighbourhood, so
    // its neighbourhood is measured on words, as lexical retrieval's is.
    Candidates loaded =
        Candidates.load(
            searcher,
            index.name(),
            terms,
            lexical.weights(),
            hits,
            needMode == RetrievalMode.HYBRID
                ? Candidates.Neighbourhoods.VECTORS
                : Candidates.Neighbourhoods.WORDS,
            semanticHits == null ? null : semanticHits.needVector());
    NeedAnalysis analysis = analysis(need, lexical.expanded());
    boolean diversified = options.diversity() > 0;
    List<RankedCandidate> ranked =
        diversified
            ? Diversifier.diversify(
                searcher,
                terms,
                loaded,
                reranker.rank(analysis, loaded.list(), Diversifier.POOL * options.topK()),
                index.embeddingModel().isPresent(),
                options.diversity(),
                options.topK())
            : reranker.rank(analysis, loaded.list(), options.topK());
    MatchExplainer explainer =
        options.explain()
            ? explainer(
                searcher,
                lexical.weights(),
                reranker,
                analysis,
                loaded.best(),
                semanticHits,
                needMode == RetrievalMode.SEMANTIC)
            : null;
    if (explainer != null) {
      explainer.prepare(ranked.stream().mapToInt(c -> loaded.doc(c.candidate())).toArray());
    }
    ImmutableList.Builder<Match> matches = ImmutableList.builderWithExpectedSize(ranked.size());
    int rank = 1;
    // Diversity may list a candidate below one that fits worse. Its score is then capped at that
    // one's, so that scores never rise down the list, and the cap is explained as a component.
    double ceiling = Double.POSITIVE_INFINITY;
    for (RankedCandidate candidate : ranked) {
      double score = Math.min(candidate.score(), ceiling);
      ceiling = score;
      Match.Builder match =
          Match.builder(candidate.candidate().startup(), rank++, score)
              .features(candidate.features().asMap());
      fit.estimate(match, candidate.features(), options.explain());
      if (explainer != null) {
        explainer.explainReranked(
            match, candidate, loaded.doc(candidate.candidate()), score, diversified);
      } else {
        match.explanation(MatchExplainer.brief(score, true));
      }
      matches.add(match.build());
    }
    return matches.build();
  }

  private MatchExplainer explainer(
      IndexSearcher searcher,
      ClauseWeights weights,
      Reranker reranker,
      NeedAnalysis analysis,
      double best,
      SemanticRetrieval.Hits semanticHits,
      boolean semanticOnly) {
    return new MatchExplainer(
        searcher,
        new Explanations(weights),
        snippets,
        reranker,
        analysis,
        best,
        semanticHits,
        semanticOnly,
        fusion);
  }

  private NeedAnalysis analysis(Need need, NeedQuery needQuery) {
    return NeedAnalysis.of(
        need, needQuery.language(), needQuery.mentionedAreas(), index.taxonomy());
  }

  private ProfileTerms profileTerms(IndexReader reader) {
    ProfileTerms terms = profileTerms.get();
    if (terms == null || terms.reader() != reader) {
      terms = new ProfileTerms(reader, statistics);
      profileTerms.set(terms);
    }
    return terms;
  }

  @Override
  public GlobalStatistics statistics() {
    return search("reading the statistics of", s -> GlobalStatistics.of(s.getIndexReader()));
  }

  @Override
  public ShardMatcher scoredWith(GlobalStatistics collection) {
    checkArgument(collection != null, "collection must not be null");
    checkState(
        mode == RetrievalMode.LEXICAL,
        "only lexical retrieval can be sharded; this matcher retrieves %s",
        mode);
    return new LuceneStartupMatcher(this, collection);
  }

  @Override
  public int firstSearchDepth(MatchOptions options) {
    int topK = whole(options).topK();
    return reranker == null ? topK : LexicalRetrieval.firstSearchDepth(Math.max(candidates, topK));
  }

  @Override
  public int feedbackSearchDepth(MatchOptions options) {
    return reranker == null ? 0 : Math.max(candidates, whole(options).topK());
  }

  @Override
  public List<ShardHit> firstSearch(Need need, MatchOptions options) {
    checkNeed(need, options);
    return shardSearch(
        need, options, firstSearchDepth(options), (lookup, needQuery) -> needQuery.toQuery());
  }

  @Override
  public FeedbackWords feedbackWords(Need need, MatchOptions options) {
    checkNeed(need, options);
    if (reranker == null) {
      return FeedbackWords.NONE;
    }
    MatchOptions whole = whole(options);
    return search(
        "searching",
        searcher -> {
          TermLookup lookup = new TermLookup(searcher);
          NeedQuery needQuery = queryBuilder.build(need, lookup);
          return needQuery.isEmpty()
              ? FeedbackWords.NONE
              : LexicalRetrieval.feedbackWords(
                  lookup,
                  profileTerms(searcher.getIndexReader()),
                  needQuery,
                  query -> filtered(query, need, whole));
        });
  }

  @Override
  public List<ShardHit> feedbackSearch(Need need, MatchOptions options, FeedbackWords words) {
    checkNeed(need, options);
    checkArgument(words != null, "words must not be null");
    if (words.isEmpty() || reranker == null) {
      return List.of();
    }
    return shardSearch(
        need,
        options,
        feedbackSearchDepth(options),
        (lookup, needQuery) -> LexicalRetrieval.feedbackQuery(lookup, needQuery, words));
  }

  /** Which query of the need a shard search runs. */
  @FunctionalInterface
  private interface ShardQuery {
    Query of(TermLookup lookup, NeedQuery needQuery);
  }

  /**
   * This shard's best {@code depth} hits of a query of the need, filtered by its constraints; none
   * when the need has no searchable words.
   */
  private List<ShardHit> shardSearch(
      Need need, MatchOptions options, int depth, ShardQuery shardQuery) {
    MatchOptions whole = whole(options);
    return search(
        "searching",
        searcher -> {
          TermLookup lookup = new TermLookup(searcher);
          NeedQuery needQuery = queryBuilder.build(need, lookup);
          return needQuery.isEmpty()
              ? List.of()
              : shardHits(
                  searcher,
                  LexicalRetrieval.search(
                      searcher, filtered(shardQuery.of(lookup, needQuery), need, whole), depth));
        });
  }

  /** The options of the whole list up to the end of the options' page. */
  private static MatchOptions whole(MatchOptions options) {
    return options.offset() == 0
        ? options
        : options.toBuilder().offset(0).topK(options.offset() + options.topK()).build();
  }

  /** The hits with their startups' ids, in the hits' order. */
  private static List<ShardHit> shardHits(IndexSearcher searcher, ScoreDoc[] hits)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<ShardHit> shardHits = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), StartupFields.ID);
      checkState(ids.advanceExact(hit.doc - leaf.docBase), "document %s has no id", hit.doc);
      shardHits.add(new ShardHit(ids.lookupOrd(ids.ordValue()).utf8ToString(), hit.score));
    }
    return shardHits;
  }

  /** The query, restricted by the need's constraints and the options' filter. */
  private static Query filtered(Query query, Need need, MatchOptions options) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
    addConstraints(filtered, need, options);
    return filtered.build();
  }

  private static void addConstraints(BooleanQuery.Builder query, Need need, MatchOptions options) {
    if (options.applyNeedConstraints()) {
      ConstraintQueries.addFilters(query, Constraints.of(need));
    }
    ConstraintQueries.addFilters(query, options.filter());
  }

  /** The constraints as a filter for vector search, or null when there are none. */
  private static Query filter(Need need, MatchOptions options) {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
    addConstraints(filter, need, options);
    BooleanQuery built = filter.build();
    return built.clauses().size() > 1 ? built : null;
  }

  @Override
  public int size() {
    return index.size();
  }

  @Override
  public Optional<Startup> startup(String startupId) {
    return index.get(startupId);
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
