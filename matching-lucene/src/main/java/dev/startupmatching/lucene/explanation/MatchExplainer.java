package dev.startupmatching.lucene.explanation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.internal.rank.RankedCandidate;
import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.retrieval.SemanticRetrieval;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Snippet;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.Signals;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Builds the explanation of each match of one need, the one place where its tree is put together:
 * the score by signals, as the reranker's model adds them up; under the text signal, what retrieval
 * found (the need's matched clauses, scaled as the signal scales the retrieval score, and with
 * semantic or hybrid retrieval the vector match and the fused parts); a diversity cap when one
 * applies. It also fills in the matched words and areas, the score components, what is missing and
 * the snippet.
 */
public final class MatchExplainer {
  /**
   * The score component, with diversity, of the cap that keeps a diversified list's scores from
   * rising.
   */
  public static final String DIVERSITY = "diversity";

  private final IndexSearcher searcher;
  private final Explanations clauses;
  private final Snippets snippets;
  private final Reranker reranker;
  private final NeedAnalysis analysis;
  private final double best;
  private final SemanticRetrieval.Hits semanticHits;
  private final boolean semanticOnly;
  private final Fusion fusion;

  /**
   * @param clauses explains the retrieval score of each candidate by the need's clauses
   * @param reranker the second phase, or null when retrieval alone ranks
   * @param analysis the need as the signals see it
   * @param best the best candidate's retrieval score
   * @param semanticHits the semantic or hybrid retrieval's hits, or null for lexical retrieval
   * @param semanticOnly whether the candidates came from semantic retrieval alone
   * @param fusion how hybrid retrieval fused its lists
   */
  public MatchExplainer(
      IndexSearcher searcher,
      Explanations clauses,
      Snippets snippets,
      Reranker reranker,
      NeedAnalysis analysis,
      double best,
      SemanticRetrieval.Hits semanticHits,
      boolean semanticOnly,
      Fusion fusion) {
    this.searcher = searcher;
    this.clauses = clauses;
    this.snippets = snippets;
    this.reranker = reranker;
    this.analysis = analysis;
    this.best = best;
    this.semanticHits = semanticHits;
    this.semanticOnly = semanticOnly;
    this.fusion = fusion;
  }

  /** Prepares to explain the documents, all at once; see {@link Explanations#prepare}. */
  public void prepare(int[] docs) throws IOException {
    clauses.prepare(docs);
  }

  /** The brief explanation of a match whose explanation was not asked for. */
  public static Explanation brief(double score, boolean reranked) {
    return Explanation.of(score, reranked ? "fit to the need" : "relevance to the need");
  }

  /**
   * Explains a startup found like another: the words of that startup's profile that this one
   * shares, each with its BM25 score, as Lucene computed them.
   */
  public static Explanation similarTo(
      String startupId, org.apache.lucene.search.Explanation lucene) {
    return Explanation.of(
        lucene.getValue().doubleValue(),
        "words shared with the profile of " + startupId,
        List.of(Explanations.convert(lucene)));
  }

  /** Explains a match ranked by retrieval alone: its score is the retrieval score. */
  public void explainRetrieved(Match.Builder match, Startup startup, int doc, double score)
      throws IOException {
    Explanations.Explained explained = clauses.explain(doc, score);
    match
        .explanation(explained.explanation())
        .matchedTerms(explained.matchedWords())
        .matchedAreas(explained.matchedAreas())
        .scoreComponents(explained.components())
        .snippet(snippet(startup, doc, explained));
  }

  /**
   * Explains a reranked match.
   *
   * @param score the match's score: the candidate's, or less when capped for diversity
   * @param diversified whether the list was diversified, so the cap is a score component
   */
  public void explainReranked(
      Match.Builder match, RankedCandidate candidate, int doc, double score, boolean diversified)
      throws IOException {
    Explanations.Explained explained = clauses.explain(doc, candidate.candidate().retrievalScore());
    Explanation explanation = reranker.explain(candidate, textDetails(candidate, doc, explained));
    Map<String, Double> components = new LinkedHashMap<>(reranker.contributions(candidate));
    if (diversified) {
      double cap = score - candidate.score();
      components.put(DIVERSITY, cap);
      if (cap < 0) {
        explanation = cappedForDiversity(explanation, score, cap);
      }
    }
    Startup startup = candidate.candidate().startup();
    match
        .explanation(explanation)
        .matchedTerms(explained.matchedWords())
        .matchedAreas(analysis.coveredAreas(candidate.candidate().areas()))
        .scoreComponents(components)
        .missing(reranker.missing(candidate))
        .snippet(snippet(startup, doc, explained));
  }

  private static Explanation cappedForDiversity(Explanation explanation, double score, double cap) {
    return Explanation.of(
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

  /**
   * What retrieval found behind the text signal's contribution, adding up to it: the lexical
   * clauses, each scaled as the signal scales the retrieval score; with semantic retrieval, the
   * vector match; with hybrid retrieval, the fused parts of both.
   */
  private Map<String, List<Explanation>> textDetails(
      RankedCandidate candidate, int doc, Explanations.Explained explained) {
    double contribution =
        reranker.model().contributions(candidate.features()).getOrDefault(Signals.TEXT, 0.0);
    double retrieval = candidate.candidate().retrievalScore();
    if (contribution == 0 || retrieval == 0) {
      return Map.of();
    }
    double scale = contribution / retrieval;
    if (semanticHits == null) {
      return Map.of(Signals.TEXT, scaledClauses(explained, scale));
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
    if (semanticOnly) {
      return Map.of(Signals.TEXT, List.of(Explanation.of(contribution, semanticPart)));
    }
    Fusion.Fused fused = semanticHits.fused().get(doc);
    Integer lexicalRank = semanticHits.lexicalRanks().get(doc);
    double lexicalShare = fused.lexical() * scale;
    double lexicalScore = explained.explanation().value();
    List<Explanation> lexicalClauses =
        lexicalScore > 0 ? scaledClauses(explained, lexicalShare / lexicalScore) : List.of();
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

  private List<Explanation> scaledClauses(Explanations.Explained explained, double scale) {
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

  /** The passage of the profile, in its language, that shows the most of the matched terms. */
  private Snippet snippet(Startup startup, int doc, Explanations.Explained explained)
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
}
