package dev.startupmatching.lucene.query;

import dev.startupmatching.lucene.index.StatisticsSearcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How much of a need a profile covers, in absolute terms: the share of the need's words, each
 * weighed by how telling it is, that the profile contains in some form (the word itself, a
 * translation, an area name). Unlike a retrieval score, it does not depend on the other candidates,
 * so it can say that even the best candidate covers little of a need.
 *
 * <p>A word's weight is its clause's boost (how often the need uses it, discounted when need
 * statements commonly use it) times its inverse document frequency, the largest over the clauses
 * that search it; a word no profile uses has the largest weight, so a need for what the collection
 * lacks is covered poorly. Feedback words, which are the candidates' words, and areas, which
 * signals of their own measure, do not count.
 */
public final class NeedCoverage {
  /** What one word of the need is worth, and which clauses search it. */
  private record Word(double weight, List<Integer> clauses) {}

  private final List<Word> words;
  private final double totalWeight;

  private NeedCoverage(List<Word> words) {
    this.words = words;
    this.totalWeight = words.stream().mapToDouble(Word::weight).sum();
  }

  /** Weighs the words of the need that the clauses search. */
  public static NeedCoverage of(ClauseWeights weights) {
    TermLookup terms = weights.terms();
    Map<String, Double> weightByWord = new LinkedHashMap<>();
    Map<String, List<Integer>> clausesByWord = new LinkedHashMap<>();
    List<NeedQuery.Clause> clauses = weights.needQuery().clauses();
    for (int i = 0; i < clauses.size(); i++) {
      NeedQuery.Clause clause = clauses.get(i);
      if (clause.kind() == NeedQuery.Kind.FEEDBACK || clause.kind() == NeedQuery.Kind.CONCEPT) {
        continue;
      }
      weightByWord.merge(clause.needWord(), weight(clause.query(), terms), Math::max);
      clausesByWord.computeIfAbsent(clause.needWord(), w -> new ArrayList<>()).add(i);
    }
    List<Word> words = new ArrayList<>();
    weightByWord.forEach((word, weight) -> words.add(new Word(weight, clausesByWord.get(word))));
    return new NeedCoverage(words);
  }

  /**
   * The share of the need's weighted words that a document contains, from 0 to 1.
   *
   * @param clauseScores the document's score for each clause, NaN where it does not match, as
   *     {@link ClauseWeights#scores} gives them
   */
  public double coverage(float[] clauseScores) {
    if (totalWeight == 0) {
      return 0;
    }
    double covered = 0;
    for (Word word : words) {
      for (int clause : word.clauses()) {
        if (!Float.isNaN(clauseScores[clause])) {
          covered += word.weight();
          break;
        }
      }
    }
    return Math.min(1, covered / totalWeight);
  }

  /** The clause's boost times the largest inverse document frequency of the terms it searches. */
  private static double weight(Query query, TermLookup lookup) {
    double boost = 1;
    Query inner = query;
    while (inner instanceof BoostQuery boosted) {
      boost *= boosted.getBoost();
      inner = boosted.getQuery();
    }
    double[] idf = {0};
    inner.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term term : terms) {
              idf[0] = Math.max(idf[0], idf(lookup, term));
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return boost * idf[0];
  }

  /** BM25's inverse document frequency of a term within its field. */
  private static double idf(TermLookup lookup, Term term) {
    long docCount = Math.max(1, StatisticsSearcher.docCount(lookup.searcher(), term.field()));
    long docFreq = lookup.docFreq(term);
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }
}
