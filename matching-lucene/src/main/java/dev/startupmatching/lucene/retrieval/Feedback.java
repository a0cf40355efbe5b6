package dev.startupmatching.lucene.retrieval;

import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.lucene.shard.FeedbackWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Expands a need's query with words of its best candidates (pseudo-relevance feedback, as RM3 does)
 * by as much as the need is broad.
 *
 * <p>A broad need ("tools for small businesses") is met by many startups that describe themselves
 * in words the need does not use; the best candidates of a first search share those words, and
 * searching for them too finds more of the startups. A narrow need is met by a handful of startups,
 * and its other good-scoring candidates are about something else, so their words pull the search
 * away from the need. The two show in the first search's scores: a broad need's best {@value #DOCS}
 * candidates score almost alike, a narrow need's fall off steeply. The expansion's share is
 * therefore {@value #STRENGTH} times the flatness above {@value #FLOOR}, where flatness is the mean
 * score of the best {@value #DOCS} relative to the best, a missing candidate counting 0; below
 * {@value #FLOOR} the query stays as it was. Among the development needs, whose startups are many,
 * the flatness was mostly above 0.6, and among the built-in example's, with three or four fitting
 * startups each, mostly below.
 *
 * <p>The feedback words are the {@value #TERMS} weightiest of the relevance model: each word's
 * share of a candidate's profile, summed over the candidates weighted by {@code exp(}{@value
 * #SHARPNESS}{@code × (score / best − 1))}. The sharp weighting keeps the model close to the very
 * best candidates, which ranked better than weights proportional to the scores, above all on
 * SciFact's claims. Words in more than a tenth of the profiles say nothing about the need and are
 * left out. Words are taken from the {@link StartupFields#CONTENTS} field, which holds every
 * profile whatever its language, so a need in German gains the English words of the English
 * profiles its translations found.
 */
public final class Feedback {
  /** How many of the first search's best candidates the feedback is drawn from. */
  static final int DOCS = 10;

  /** The most feedback words added to a query. */
  static final int TERMS = 20;

  /** The expansion's share of the score on the best candidates of the flattest need. */
  static final double STRENGTH = 0.7;

  /** The flatness at and below which a need is taken as narrow and not expanded. */
  static final double FLOOR = 0.6;

  /** How sharply a candidate's weight in the relevance model falls with its score. */
  static final double SHARPNESS = 5;

  /** Words in more than this share of the profiles are not feedback words. */
  private static final double MAX_DOC_SHARE = 0.1;

  private Feedback() {}

  /**
   * Returns the need's query with a {@link NeedQuery.Kind#FEEDBACK} clause for each feedback word,
   * or the query itself when the need is narrow or its candidates yield no feedback words.
   *
   * @param hits the first search's best candidates, best score first, at most {@value #DOCS}
   */
  static NeedQuery expand(
      TermLookup lookup, ProfileTerms terms, NeedQuery needQuery, ScoreDoc[] hits)
      throws IOException {
    if (hits.length == 0 || hits[0].score <= 0) {
      return needQuery;
    }
    double flatness = Neighbourhood.flatness(hits, DOCS);
    double scoreSum = 0;
    for (ScoreDoc hit : hits) {
      scoreSum += hit.score;
    }
    double share = STRENGTH * (flatness - FLOOR) / (1 - FLOOR);
    if (share <= 0) {
      return needQuery;
    }
    List<Map.Entry<String, Double>> words = feedbackWords(terms, hits);
    if (words.isEmpty()) {
      return needQuery;
    }
    // Scale the words so that on the candidates they came from, they add `share` of the score:
    // BM25 scores differ in scale from one collection and one need to another.
    BooleanQuery.Builder unscaled = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> word : words) {
      unscaled.add(boosted(lookup, word.getKey(), word.getValue()), Occur.SHOULD);
    }
    Map<Integer, Float> feedbackScores =
        scoresInDocOrder(
            lookup.searcher(),
            unscaled.build(),
            Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    double feedbackSum = 0;
    for (ScoreDoc hit : hits) {
      feedbackSum += feedbackScores.get(hit.doc);
    }
    if (feedbackSum <= 0) {
      return needQuery;
    }
    double scale = share / (1 - share) * scoreSum / feedbackSum;
    List<NeedQuery.Clause> clauses = new ArrayList<>(words.size());
    for (Map.Entry<String, Double> word : words) {
      double weight = scale * word.getValue();
      String description =
          String.format(
              Locale.ROOT,
              "'%s' in the text, a feedback word: common in the best %d candidates' profiles,"
                  + " weighted %.3f as the need's scores are %.0f%% flat",
              word.getKey(),
              hits.length,
              weight,
              flatness * 100);
      clauses.add(
          new NeedQuery.Clause(
              NeedQuery.Kind.FEEDBACK,
              description,
              word.getKey(),
              null,
              boosted(lookup, word.getKey(), weight)));
    }
    return needQuery.expandedBy(clauses);
  }

  /** The words of a query's {@link NeedQuery.Kind#FEEDBACK} clauses, with their weights. */
  static FeedbackWords words(NeedQuery feedback) {
    List<String> words = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (NeedQuery.Clause clause : feedback.clauses()) {
      if (clause.kind() == NeedQuery.Kind.FEEDBACK) {
        words.add(clause.needWord());
        weights.add(((BoostQuery) clause.query()).getBoost());
        descriptions.add(clause.description());
      }
    }
    return new FeedbackWords(words, weights, descriptions);
  }

  /** The need's query with a {@link NeedQuery.Kind#FEEDBACK} clause for each of the words. */
  static NeedQuery expandedBy(TermLookup lookup, NeedQuery needQuery, FeedbackWords words) {
    List<NeedQuery.Clause> clauses = new ArrayList<>(words.words().size());
    for (int i = 0; i < words.words().size(); i++) {
      String word = words.words().get(i);
      clauses.add(
          new NeedQuery.Clause(
              NeedQuery.Kind.FEEDBACK,
              words.descriptions().get(i),
              word,
              null,
              new BoostQuery(lookup.query(StartupFields.CONTENTS, word), words.weights().get(i))));
    }
    return clauses.isEmpty() ? needQuery : needQuery.expandedBy(clauses);
  }

  /** The weightiest words of the relevance model, their weights adding up to 1. */
  private static List<Map.Entry<String, Double>> feedbackWords(ProfileTerms terms, ScoreDoc[] hits)
      throws IOException {
    double best = hits[0].score;
    Map<String, Double> model = new HashMap<>();
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    List<Map<String, Integer>> profileCounts = terms.counts(docs);
    for (int i = 0; i < hits.length; i++) {
      Map<String, Integer> counts = profileCounts.get(i);
      int length = counts.values().stream().mapToInt(Integer::intValue).sum();
      double weight = Math.exp(SHARPNESS * (hits[i].score / best - 1));
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        model.merge(count.getKey(), weight * count.getValue() / length, Double::sum);
      }
    }
    int profiles = terms.profiles();
    List<Map.Entry<String, Double>> words = new ArrayList<>();
    for (Map.Entry<String, Double> entry : model.entrySet()) {
      String word = entry.getKey();
      // Single letters and numbers with separators are no evidence of a topic.
      if (word.length() < 2 || !word.codePoints().allMatch(Character::isLetterOrDigit)) {
        continue;
      }
      int docFreq = terms.docFreq(word);
      if (docFreq > 0 && docFreq <= MAX_DOC_SHARE * profiles) {
        words.add(entry);
      }
    }
    // Equal weights in word order, so that the expansion is reproducible.
    words.sort(
        Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<Map.Entry<String, Double>> weightiest = words.subList(0, Math.min(TERMS, words.size()));
    double sum = weightiest.stream().mapToDouble(Map.Entry::getValue).sum();
    return weightiest.stream().map(e -> Map.entry(e.getKey(), e.getValue() / sum)).toList();
  }

  private static Query boosted(TermLookup lookup, String word, double weight) {
    return new BoostQuery(lookup.query(StartupFields.CONTENTS, word), (float) weight);
  }

  /**
   * The candidates of the expanded query, from two cheap searches instead of one of the whole
   * expanded query: the need's own best, already found, and the best of the feedback clauses alone,
   * which bring in startups that never use the need's words. Each candidate gets the expanded
   * query's score, the sum of its clause scores, computed alike for every candidate whichever
   * search found it, so that equal scores stay equal. In no particular order.
   *
   * @param expanded the weights of the expanded query's clauses
   * @param own the need's own query's best candidates
   * @param byFeedback the feedback clauses' best candidates
   */
  static ScoreDoc[] union(ClauseWeights expanded, ScoreDoc[] own, ScoreDoc[] byFeedback)
      throws IOException {
    Set<Integer> docs = new LinkedHashSet<>();
    for (ScoreDoc hit : own) {
      docs.add(hit.doc);
    }
    for (ScoreDoc hit : byFeedback) {
      docs.add(hit.doc);
    }
    Map<Integer, float[]> clauseScores =
        expanded.scores(docs.stream().mapToInt(Integer::intValue).toArray());
    int clauses = expanded.needQuery().clauses().size();
    ScoreDoc[] union = new ScoreDoc[docs.size()];
    int i = 0;
    for (int doc : docs) {
      union[i++] = new ScoreDoc(doc, ClauseWeights.sum(clauseScores.get(doc), 0, clauses));
    }
    return union;
  }

  /** The query's score of each document, 0 where it does not match, visiting them in order. */
  private static Map<Integer, Float> scoresInDocOrder(
      IndexSearcher searcher, Query query, int[] docs) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    if (docs.length == 0) {
      return scores;
    }
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    DocIdSetIterator iterator = null;
    // Scorers only advance: one per segment, over the documents in order.
    for (int doc : sorted) {
      LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (docLeaf != leaf) {
        leaf = docLeaf;
        scorer = weight.scorer(leaf);
        iterator = scorer == null ? null : scorer.iterator();
      }
      int leafDoc = doc - leaf.docBase;
      boolean matches =
          iterator != null
              && (iterator.docID() < leafDoc ? iterator.advance(leafDoc) : iterator.docID())
                  == leafDoc;
      scores.put(doc, matches ? scorer.score() : 0f);
    }
    return scores;
  }
}
