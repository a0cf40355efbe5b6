package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.Diversity;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.RankedCandidate;
import dev.startupmatching.rank.Reranker;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleBiFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the startups of a {@link StartupIndex}; see {@link Matching}. With a {@link Reranker}, in
 * two phases: Lucene retrieves the best candidates by words and areas, in a second search expanded
 * with words of the first search's best ({@link Feedback}), and the reranker scores their features.
 * Without one, Lucene's score of a single search is the ranking.
 */
final class LuceneStartupMatcher implements StartupMatcher {
  private static final Logger log = LoggerFactory.getLogger(LuceneStartupMatcher.class);

  /** Best score first; equal scores in startup id order, so rankings are reproducible. */
  private static final Sort SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(StartupFields.ID, SortField.Type.STRING));

  /**
   * With diversity, how many times the asked number of results maximal marginal relevance picks
   * from.
   */
  private static final int DIVERSITY_POOL = 3;

  /**
   * The score component, with diversity, of the cap that keeps a diversified list's scores from
   * rising.
   */
  static final String DIVERSITY = "diversity";

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
    this.semantic =
        mode == RetrievalMode.LEXICAL
            ? null
            : new SemanticRetrieval(index.embeddingModel().orElseThrow());
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
      TermLookup lookup = new TermLookup(searcher);
      NeedQuery needQuery = queryBuilder.build(need, lookup);
      warnOfStandIn(need, needQuery.detectedLanguage());
      if (needQuery.isEmpty()) {
        log.debug("need {} has no searchable terms; no matches", need.id());
        return Matches.none(
            "the need has no words to search once the words every need uses are left out");
      }
      if (reranker == null) {
        ScoreDoc[] top = search(searcher, filtered(needQuery, need, options), options.topK());
        return Matches.withMinFit(
            retrievalMatches(
                searcher, need, new ClauseWeights(needQuery, lookup), top, options.explain()),
            options.minFit());
      }
      int depth = Math.max(candidates, options.topK());
      // Hybrid retrieval of a need in a language the embedding model does not know would fuse
      // the words' list with noise; the words alone rank it better. The need's own language
      // counts, not the one it is analysed as: a French need is analysed as English.
      RetrievalMode needMode =
          mode == RetrievalMode.HYBRID
                  && !semantic.understands(needQuery.detectedLanguage().language())
              ? RetrievalMode.LEXICAL
              : mode;
      // The need's own search gives the feedback words from its best candidates, then the
      // feedback words' own search adds the startups that never use the need's words: two cheap
      // searches instead of a second one of the whole expanded query. Semantic retrieval needs
      // only the best few, for the feedback words its explanations show.
      ProfileTerms terms = profileTerms(searcher.getIndexReader());
      ScoreDoc[] first =
          search(
              searcher,
              filtered(needQuery, need, options),
              needMode == RetrievalMode.SEMANTIC ? Feedback.DOCS : Math.max(depth, Feedback.DOCS));
      NeedQuery expanded =
          Feedback.expand(
              lookup,
              terms,
              needQuery,
              Arrays.copyOf(first, Math.min(first.length, Feedback.DOCS)));
      ClauseWeights weights = new ClauseWeights(expanded, lookup);
      ScoreDoc[] lexical = null;
      if (needMode != RetrievalMode.SEMANTIC) {
        lexical = first;
        NeedQuery feedback = expanded.addedTo(needQuery);
        if (!feedback.isEmpty()) {
          ScoreDoc[] byFeedback = search(searcher, filtered(feedback, need, options), depth);
          lexical = Feedback.union(weights, needQuery.clauses().size(), first, byFeedback);
        }
        SemanticRetrieval.sortByScoreThenId(lexical, searcher);
        lexical = Arrays.copyOf(lexical, Math.min(depth, lexical.length));
      }
      SemanticRetrieval.Hits semanticHits =
          switch (needMode) {
            case LEXICAL -> null;
            case SEMANTIC -> semantic.semantic(searcher, text, filter(need, options), depth);
            case HYBRID ->
                semantic.hybrid(searcher, text, lexical, filter(need, options), depth, fusion);
          };
      ScoreDoc[] hits = semanticHits == null ? lexical : semanticHits.hits();
      return Matches.withMinFit(
          rerankedMatches(searcher, terms, need, weights, hits, semanticHits, options),
          options.minFit());
    } catch (IOException e) {
      throw new UncheckedIOException("searching " + index.name() + " failed", e);
    } finally {
      index.release(shared);
    }
  }

  /**
   * The best {@code n} startups for the query, best score first and equal scores in startup id
   * order, each with its score.
   */
  private static ScoreDoc[] search(IndexSearcher searcher, Query query, int n) throws IOException {
    // The sort's first field is the score, so it need not be computed again for each hit.
    ScoreDoc[] hits = searcher.search(query, n, SCORE_THEN_ID, false).scoreDocs;
    for (ScoreDoc hit : hits) {
      hit.score = (Float) ((FieldDoc) hit).fields[0];
    }
    return hits;
  }

  private ProfileTerms profileTerms(IndexReader reader) {
    ProfileTerms terms = profileTerms.get();
    if (terms == null || terms.reader() != reader) {
      terms = new ProfileTerms(reader);
      profileTerms.set(terms);
    }
    return terms;
  }

  /** The need's query, restricted by the need's constraints and the options' filter. */
  private static Query filtered(NeedQuery needQuery, Need need, MatchOptions options) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(needQuery.toQuery(), Occur.MUST);
    addConstraints(query, need, options);
    return query.build();
  }

  private static void addConstraints(BooleanQuery.Builder query, Need need, MatchOptions options) {
    if (options.applyNeedConstraints()) {
      ConstraintQueries.addFilters(query, Constraints.of(need));
    }
    ConstraintQueries.addFilters(query, options.filter());
  }

  private List<Match> retrievalMatches(
      IndexSearcher searcher, Need need, ClauseWeights weights, ScoreDoc[] top, boolean explain)
      throws IOException {
    NeedQuery needQuery = weights.needQuery();
    MatchedClauses clauses = MatchedClauses.of(weights, top);
    NeedAnalysis analysis =
        NeedAnalysis.of(need, needQuery.language(), needQuery.mentionedAreas(), index.taxonomy());
    Explanations explanations =
        explain ? new Explanations(clauses.weights(), clauses.scores()) : null;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    double best = top.length == 0 ? 0 : top[0].score;
    StoredFields storedFields = searcher.storedFields();
    ImmutableList.Builder<Match> matches = ImmutableList.builderWithExpectedSize(top.length);
    int rank = 1;
    for (ScoreDoc hit : top) {
      Startup startup = startup(storedFields, hit.doc);
      Match.Builder match = Match.builder(startup, rank++, hit.score);
      Candidate candidate =
          Candidate.of(
                  startup,
                  Math.max(0, hit.score),
                  relevance(hit.score, best),
                  areas(leaves, hit.doc))
              .withCoverage(clauses.coverage(hit.doc));
      fit.estimate(match, fit.signals().features(analysis, candidate), explain);
      if (explain) {
        Explanations.Explained explained = explanations.explain(hit.doc, hit.score);
        match
            .explanation(explained.explanation())
            .matchedTerms(explained.matchedWords())
            .matchedAreas(explained.matchedAreas())
            .scoreComponents(explained.components())
            .snippet(snippet(searcher, startup, hit.doc, explained));
      } else {
        match.explanation(Explanation.of(hit.score, "relevance to the need"));
      }
      matches.add(match.build());
    }
    return matches.build();
  }

  /**
   * Re-orders the best candidates by maximal marginal relevance, comparing startups by their
   * embedding vectors when the index has them, by their tf-idf text vectors otherwise.
   */
  private List<RankedCandidate> diversify(
      IndexSearcher searcher,
      ProfileTerms terms,
      List<RankedCandidate> pool,
      Map<Candidate, Integer> docs,
      MatchOptions options)
      throws IOException {
    if (pool.isEmpty()) {
      return pool;
    }
    double best = Math.max(pool.get(0).score(), Double.MIN_VALUE);
    Map<RankedCandidate, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < pool.size(); i++) {
      positions.put(pool.get(i), i);
    }
    double[][] similarity = new double[pool.size()][];
    if (index.embeddingModel().isPresent()) {
      List<float[]> vectors = new ArrayList<>();
      for (RankedCandidate candidate : pool) {
        vectors.add(SemanticRetrieval.vector(searcher, docs.get(candidate.candidate())));
      }
      ToDoubleBiFunction<Integer, Integer> cosine =
          (i, j) ->
              vectors.get(i) == null || vectors.get(j) == null
                  ? 0
                  : Math.max(0, Vectors.dot(vectors.get(i), vectors.get(j)));
      fill(similarity, cosine);
    } else {
      List<Map<String, Double>> vectors =
          Neighbourhood.textVectors(
              terms, pool.stream().mapToInt(c -> docs.get(c.candidate())).toArray());
      fill(similarity, (i, j) -> Neighbourhood.cosine(vectors.get(i), vectors.get(j)));
    }
    return Diversity.mmr(
        pool,
        c -> Math.max(0, c.score() / best),
        (a, b) -> similarity[positions.get(a)][positions.get(b)],
        options.diversity(),
        options.topK());
  }

  private static void fill(double[][] similarity, ToDoubleBiFunction<Integer, Integer> measure) {
    for (int i = 0; i < similarity.length; i++) {
      similarity[i] = new double[similarity.length];
      for (int j = 0; j < i; j++) {
        similarity[i][j] = measure.applyAsDouble(i, j);
        similarity[j][i] = similarity[i][j];
      }
    }
  }

  /** The constraints as a filter for vector search, or null when there are none. */
  private static Query filter(Need need, MatchOptions options) {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
    addConstraints(filter, need, options);
    BooleanQuery built = filter.build();
    return built.clauses().size() > 1 ? built : null;
  }

  private List<Match> rerankedMatches(
      IndexSearcher searcher,
      ProfileTerms terms,
      Need need,
      ClauseWeights weights,
      ScoreDoc[] hits,
      SemanticRetrieval.Hits semanticHits,
      MatchOptions options)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Sorted by score, so the first hit has the best; every text relevance is relative to it.
    double best = hits.length == 0 ? 0 : hits[0].score;
    List<Startup> startups = startups(searcher, hits);
    // Hybrid retrieval already weighs the need's words; its neighbourhood adds what the best
    // candidates' meanings share. Semantic retrieval's list is the need's vector neighbourhood, so
    // its neighbourhood is measured on words, as lexical retrieval's is.
    double[] neighbourhood =
        mode == RetrievalMode.HYBRID && semanticHits != null
            ? Neighbourhood.ofVectors(hits, SemanticRetrieval.vectors(searcher, hits))
            : Neighbourhood.of(terms, hits);
    double[] cosines =
        semanticHits == null
            ? null
            : SemanticRetrieval.cosines(searcher, hits, semanticHits.needVector());
    NeedQuery needQuery = weights.needQuery();
    MatchedClauses clauses = MatchedClauses.of(weights, hits);
    Map<Candidate, Integer> docs = new IdentityHashMap<>();
    ImmutableList.Builder<Candidate> candidates = ImmutableList.builder();
    for (int i = 0; i < hits.length; i++) {
      ScoreDoc hit = hits[i];
      Candidate candidate =
          Candidate.of(
                  startups.get(i),
                  Math.max(0, hit.score),
                  relevance(hit.score, best),
                  areas(leaves, hit.doc),
                  neighbourhood[i])
              .withCoverage(clauses.coverage(hit.doc));
      if (cosines != null) {
        candidate = candidate.withSemanticSimilarity(cosines[i]);
      }
      docs.put(candidate, hit.doc);
      candidates.add(candidate);
    }
    NeedAnalysis analysis =
        NeedAnalysis.of(need, needQuery.language(), needQuery.mentionedAreas(), index.taxonomy());
    List<RankedCandidate> ranked =
        options.diversity() > 0
            ? diversify(
                searcher,
                terms,
                reranker.rank(analysis, candidates.build(), DIVERSITY_POOL * options.topK()),
                docs,
                options)
            : reranker.rank(analysis, candidates.build(), options.topK());

    Explanations explanations =
        options.explain() ? new Explanations(clauses.weights(), clauses.scores()) : null;
    ImmutableList.Builder<Match> matches = ImmutableList.builderWithExpectedSize(ranked.size());
    int rank = 1;
    // Diversity may list a candidate below one that fits worse. Its score is then capped at that
    // one's, so that scores never rise down the list, and the cap is explained as a component.
    double ceiling = Double.POSITIVE_INFINITY;
    for (RankedCandidate candidate : ranked) {
      Startup startup = candidate.candidate().startup();
      double score = Math.min(candidate.score(), ceiling);
      ceiling = score;
      Match.Builder match =
          Match.builder(startup, rank++, score).features(candidate.features().asMap());
      fit.estimate(match, candidate.features(), options.explain());
      if (options.explain()) {
        int doc = docs.get(candidate.candidate());
        Explanations.Explained explained =
            explanations.explain(doc, candidate.candidate().retrievalScore());
        Explanation explanation =
            reranker.explain(candidate, textDetails(candidate, doc, explained, best, semanticHits));
        Map<String, Double> components = new LinkedHashMap<>(reranker.contributions(candidate));
        if (options.diversity() > 0) {
          double cap = score - candidate.score();
          components.put(DIVERSITY, cap);
          if (cap < 0) {
            explanation =
                Explanation.of(
                    score,
                    explanation.description() + ", capped for diversity",
                    ImmutableList.<Explanation>builder()
                        .addAll(explanation.details())
                        .add(
                            Explanation.of(
                                cap,
                                String.format(
                                    Locale.ROOT,
                                    "%s: listed below a more varied startup that fits less,"
                                        + " so capped at its score %.4f",
                                    DIVERSITY,
                                    score)))
                        .build());
          }
        }
        match
            .explanation(explanation)
            .matchedTerms(explained.matchedWords())
            .matchedAreas(analysis.coveredAreas(candidate.candidate().areas()))
            .scoreComponents(components)
            .missing(reranker.missing(candidate))
            .snippet(snippet(searcher, startup, doc, explained));
      } else {
        match.explanation(Explanation.of(score, "fit to the need"));
      }
      matches.add(match.build());
    }
    return matches.build();
  }

  /**
   * What retrieval found behind the text signal's contribution, adding up to it: the lexical
   * clauses, each scaled as the signal scales the retrieval score; with semantic retrieval, the
   * vector match; with hybrid retrieval, the fused parts of both.
   */
  private Map<String, List<Explanation>> textDetails(
      RankedCandidate candidate,
      int doc,
      Explanations.Explained explained,
      double best,
      SemanticRetrieval.Hits semanticHits) {
    double contribution =
        reranker.model().contributions(candidate.features()).getOrDefault(Signals.TEXT, 0.0);
    double retrieval = candidate.candidate().retrievalScore();
    if (contribution == 0 || retrieval == 0) {
      return Map.of();
    }
    double scale = contribution / retrieval;
    if (semanticHits == null) {
      return Map.of(Signals.TEXT, scaledClauses(explained, scale, best));
    }
    String cosine =
        String.format(
            Locale.ROOT,
            "cosine %.4f",
            candidate.candidate().semanticSimilarity().orElse(Double.NaN));
    Integer semanticRank = semanticHits.semanticRanks().get(doc);
    String semanticPart =
        "semantic retrieval: "
            + cosine
            + (semanticRank == null ? ", not in its list" : ", rank " + semanticRank);
    if (mode == RetrievalMode.SEMANTIC) {
      return Map.of(Signals.TEXT, List.of(Explanation.of(contribution, semanticPart)));
    }
    Fusion.Fused fused = semanticHits.fused().get(doc);
    Integer lexicalRank = semanticHits.lexicalRanks().get(doc);
    double lexicalShare = fused.lexical() * scale;
    double lexicalScore = explained.explanation().value();
    List<Explanation> lexicalClauses =
        lexicalScore > 0 ? scaledClauses(explained, lexicalShare / lexicalScore, best) : List.of();
    return Map.of(
        Signals.TEXT,
        List.of(
            Explanation.of(
                lexicalShare,
                "lexical retrieval, "
                    + (lexicalRank == null ? "not in its list" : "rank " + lexicalRank)
                    + ", fused by "
                    + fusion
                    + "; the need's matched words, scaled",
                lexicalClauses),
            Explanation.of(fused.semantic() * scale, semanticPart + ", fused by " + fusion)));
  }

  private static List<Explanation> scaledClauses(
      Explanations.Explained explained, double scale, double best) {
    return explained.explanation().details().stream()
        .map(
            clause ->
                Explanation.of(
                    clause.value() * scale,
                    String.format(
                        Locale.ROOT,
                        "%s (retrieval score %.4f, of the best candidate's %.4f)",
                        clause.description(),
                        clause.value(),
                        best),
                    clause.details()))
        .toList();
  }

  /** A retrieval score relative to the best candidate's, from 0 to 1. */
  private static double relevance(double score, double best) {
    return best > 0 ? Math.min(1, score / best) : 0;
  }

  /**
   * The need's clauses as one search weighs them, which of them each hit matches and with what
   * score, and so how much of the need each hit covers: what both coverage and explanations read.
   */
  private record MatchedClauses(
      ClauseWeights weights, Map<Integer, float[]> scores, NeedCoverage coverage) {
    static MatchedClauses of(ClauseWeights weights, ScoreDoc[] hits) throws IOException {
      return new MatchedClauses(
          weights,
          weights.scores(Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray()),
          NeedCoverage.of(weights));
    }

    /** The coverage of the need by a hit's profile, by top-level document id. */
    double coverage(int doc) {
      return coverage.coverage(scores.get(doc));
    }
  }

  private List<Startup> startups(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    StoredFields storedFields = searcher.storedFields();
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    Startup[] startups = new Startup[hits.length];
    for (int i : InDocOrder.indexes(docs)) {
      startups[i] = startup(storedFields, docs[i]);
    }
    return Arrays.asList(startups);
  }

  private Startup startup(StoredFields storedFields, int doc) throws IOException {
    return StartupSource.load(storedFields, doc, index.name());
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

  private dev.startupmatching.match.Snippet snippet(
      IndexSearcher searcher, Startup startup, int doc, Explanations.Explained explained)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues language = DocValues.getSorted(leaf.reader(), StartupFields.LANGUAGE);
    String field = StartupFields.CONTENTS;
    if (language.advanceExact(doc - leaf.docBase)) {
      String code = language.lookupOrd(language.ordValue()).utf8ToString();
      field = code.equals("en") ? StartupFields.CONTENTS : StartupFields.textField(code);
    }
    Set<String> terms =
        field.equals(StartupFields.CONTENTS)
            ? ImmutableSet.<String>builder()
                .addAll(explained.matchedTermsByField().get(StartupFields.CONTENTS))
                .addAll(explained.matchedTermsByField().get(StartupFields.ONE_LINER))
                .addAll(explained.matchedTermsByField().get(StartupFields.NAME))
                .build()
            : explained.matchedTermsByField().get(field);
    return snippets.snippet(startup, field, terms);
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
