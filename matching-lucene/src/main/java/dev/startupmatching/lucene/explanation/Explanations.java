package dev.startupmatching.lucene.explanation;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import dev.startupmatching.lucene.analysis.LanguageDetector;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.match.Explanation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Explains a score clause by clause: the root is the score, and each detail is one clause's
 * contribution (a word of the need, a translation, an area name, an area, or a feedback word from
 * the best candidates' profiles), saying where it came from and carrying Lucene's own explanation
 * of it. One instance serves one match, with the clause weights that match built ({@link
 * ClauseWeights}).
 */
public final class Explanations {
  /**
   * A hit's explanation, the need's words it matched and the need's areas it matched, each the most
   * contributing first.
   */
  public record Explained(
      Explanation explanation,
      List<String> matchedWords,
      List<String> matchedAreas,
      Map<String, Double> components,
      SetMultimap<String, String> matchedTermsByField) {}

  private record Contribution(NeedQuery.Clause clause, Explanation explanation) {}

  private final NeedQuery needQuery;
  private final IndexSearcher searcher;
  private final ClauseWeights weights;

  /** By clause index: the weight of each text a crossing clause searches, built when first used. */
  private final Map<Integer, List<Weight>> crossingWeights = new HashMap<>();

  private final List<LeafReaderContext> leaves;
  private final boolean expanded;

  /** The score of each clause for each document scored, NaN where it does not match. */
  private final Map<Integer, float[]> clauseScores;

  /** The explanations of the clauses that are terms, for the documents prepared. */
  private final TermClauseExplanations termClauses;

  /**
   * Prepares to explain documents with the weights the match built; a document can be explained
   * once the weights scored its clauses ({@link ClauseWeights#scores}).
   */
  public Explanations(ClauseWeights weights) {
    this.needQuery = weights.needQuery();
    this.searcher = weights.searcher();
    this.weights = weights;
    this.leaves = searcher.getIndexReader().leaves();
    this.expanded = needQuery.clauses().stream().anyMatch(c -> c.kind() == NeedQuery.Kind.FEEDBACK);
    this.clauseScores = weights.scored();
    this.termClauses = new TermClauseExplanations(weights);
  }

  /**
   * Explains the clauses that are terms for all the documents to explain at once, in document
   * order, which is much cheaper than one by one; optional, as {@link #explain} explains any
   * document whose clauses were scored.
   */
  public void prepare(int[] docs) throws IOException {
    termClauses.prepare(docs);
  }

  /** Explains the score of a top-level document id, one whose clauses were scored. */
  public Explained explain(int doc, double score) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    float[] scores = clauseScores.get(doc);
    if (scores == null) {
      throw new IllegalArgumentException("document " + doc + " was not prepared for explaining");
    }
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (Float.isNaN(scores[i])) {
        continue;
      }
      org.apache.lucene.search.Explanation lucene = termClauses.explanation(i, doc);
      if (lucene == null) {
        lucene = weights.weight(i).explain(leaf, doc - leaf.docBase);
      }
      if (lucene.isMatch()) {
        NeedQuery.Clause clause = needQuery.clauses().get(i);
        String description =
            clause.crossing() == null
                ? clause.description()
                : crossed(clause, crossedTexts(i, leaf, doc - leaf.docBase))
                    + ": "
                    + clause.description();
        contributions.add(
            new Contribution(
                clause,
                Explanation.of(
                    lucene.getValue().doubleValue(), description, List.of(convert(lucene)))));
      }
    }
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> c.explanation().value()).reversed());
    Set<String> words = new LinkedHashSet<>();
    Set<String> areas = new LinkedHashSet<>();
    Map<String, Double> components = new LinkedHashMap<>();
    for (NeedQuery.Kind kind : NeedQuery.Kind.values()) {
      // Only an expanded query has feedback; any other has every other kind, if only as 0.
      if (kind != NeedQuery.Kind.FEEDBACK || expanded) {
        components.put(kind.label(), 0.0);
      }
    }
    SetMultimap<String, String> terms = HashMultimap.create();
    for (Contribution contribution : contributions) {
      NeedQuery.Clause clause = contribution.clause();
      clause
          .query()
          .visit(
              new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... queryTerms) {
                  for (Term term : queryTerms) {
                    terms.put(term.field(), term.text());
                  }
                }

                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                  return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
              });
      components.merge(clause.kind().label(), contribution.explanation().value(), Double::sum);
      // Feedback words are the candidates' words, not the need's.
      if (clause.kind() != NeedQuery.Kind.FEEDBACK) {
        words.add(clause.needWord());
      }
      if (clause.kind() == NeedQuery.Kind.CONCEPT) {
        areas.add(clause.conceptId());
      }
    }
    Explanation explanation =
        Explanation.of(
            score,
            "relevance to the need ("
                + needQuery.detectedLanguage().describe()
                + "), sum of "
                + contributions.size()
                + " matched clauses",
            contributions.stream().map(Contribution::explanation).toList());
    return new Explained(explanation, List.copyOf(words), List.copyOf(areas), components, terms);
  }

  /** The texts of a crossing clause that a document of a segment matches. */
  private List<String> crossedTexts(int clauseIndex, LeafReaderContext leaf, int doc)
      throws IOException {
    NeedQuery.Crossing crossing = needQuery.clauses().get(clauseIndex).crossing();
    List<Weight> textWeights = crossingWeights.get(clauseIndex);
    if (textWeights == null) {
      textWeights = new ArrayList<>(crossing.queries().size());
      for (Query query : crossing.queries()) {
        textWeights.add(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f));
      }
      crossingWeights.put(clauseIndex, textWeights);
    }
    List<String> matched = new ArrayList<>();
    for (int t = 0; t < textWeights.size(); t++) {
      if (textWeights.get(t).explain(leaf, doc).isMatch()) {
        matched.add(crossing.texts().get(t));
      }
    }
    return matched;
  }

  /**
   * Says which words crossed languages, for example "ladeinfrastruktur → charging infrastructure
   * (German → English, the lexicon)".
   */
  static String crossed(NeedQuery.Clause clause, List<String> texts) {
    NeedQuery.Crossing crossing = clause.crossing();
    return clause.needWord()
        + " → "
        + String.join(" / ", texts.isEmpty() ? crossing.texts() : texts)
        + " ("
        + LanguageDetector.displayName(crossing.from())
        + " → "
        + LanguageDetector.displayName(crossing.to())
        + ", "
        + crossing.source()
        + ")";
  }

  /** Copies a Lucene explanation tree into the library's own type. */
  static Explanation convert(org.apache.lucene.search.Explanation lucene) {
    List<Explanation> details = new ArrayList<>();
    for (org.apache.lucene.search.Explanation detail : lucene.getDetails()) {
      details.add(convert(detail));
    }
    return Explanation.of(lucene.getValue().doubleValue(), lucene.getDescription(), details);
  }
}
