package dev.startupmatching.lucene;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import dev.startupmatching.match.Explanation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Explains a score clause by clause: the root is the score, and each detail is one clause's
 * contribution (a word of the need, a translation, an area name, an area, or a feedback word from
 * the best candidates' profiles), saying where it came from and carrying Lucene's own explanation
 * of it. One instance serves one search; it builds each clause's {@link Weight} once and reuses it
 * for every explained hit.
 */
final class Explanations {
  /**
   * A hit's explanation, the need's words it matched and the need's areas it matched, each the most
   * contributing first.
   */
  record Explained(
      Explanation explanation,
      List<String> matchedWords,
      List<String> matchedAreas,
      Map<String, Double> components,
      SetMultimap<String, String> matchedTermsByField) {}

  private record Contribution(NeedQuery.Clause clause, Explanation explanation) {}

  private final NeedQuery needQuery;
  private final IndexSearcher searcher;
  private final List<Weight> weights;

  /** By clause index: the weight of each text a crossing clause searches, built when first used. */
  private final Map<Integer, List<Weight>> crossingWeights = new HashMap<>();

  private final List<LeafReaderContext> leaves;
  private final boolean expanded;

  /** Which clauses match each of the documents to explain, by top-level document id. */
  private final Map<Integer, BitSet> matchingClauses = new HashMap<>();

  /**
   * Prepares to explain the given documents.
   *
   * @param docs the top-level ids of the documents {@link #explain} will be asked about
   */
  Explanations(NeedQuery needQuery, IndexSearcher searcher, int[] docs) throws IOException {
    this.needQuery = needQuery;
    this.searcher = searcher;
    this.weights = new ArrayList<>(needQuery.clauses().size());
    for (NeedQuery.Clause clause : needQuery.clauses()) {
      weights.add(searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE, 1f));
    }
    this.leaves = searcher.getIndexReader().leaves();
    this.expanded = needQuery.clauses().stream().anyMatch(c -> c.kind() == NeedQuery.Kind.FEEDBACK);
    findMatchingClauses(docs);
  }

  /**
   * Finds which clauses match each document, walking each clause's matches once per segment in
   * document order: far cheaper than asking every clause to explain every document, as most clauses
   * of a long need match few of them.
   */
  private void findMatchingClauses(int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    int start = 0;
    while (start < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[start], leaves));
      int end = start;
      while (end < sorted.length && sorted[end] < leaf.docBase + leaf.reader().maxDoc()) {
        matchingClauses.put(sorted[end], new BitSet(weights.size()));
        end++;
      }
      for (int i = 0; i < weights.size(); i++) {
        Scorer scorer = weights.get(i).scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator matches = scorer.iterator();
        for (int d = start; d < end; d++) {
          int target = sorted[d] - leaf.docBase;
          int current = matches.docID() < target ? matches.advance(target) : matches.docID();
          if (current == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (current == target) {
            matchingClauses.get(sorted[d]).set(i);
          }
        }
      }
      start = end;
    }
  }

  /** Explains the score of a top-level document id, one of those given at construction. */
  Explained explain(int doc, double score) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BitSet matching = matchingClauses.get(doc);
    if (matching == null) {
      throw new IllegalArgumentException("document " + doc + " was not prepared for explaining");
    }
    List<Contribution> contributions = new ArrayList<>();
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      org.apache.lucene.search.Explanation lucene =
          weights.get(i).explain(leaf, doc - leaf.docBase);
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
