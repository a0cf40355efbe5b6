package dev.startupmatching.lucene;

import dev.startupmatching.match.Explanation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Explains a text score term by term: the root is the score, and each detail is one need term's
 * contribution, carrying Lucene's own explanation of it (BM25's idf, tf and length norm per
 * field). One instance serves one search; it builds each term's {@link Weight} once and reuses it
 * for every explained hit.
 */
final class Explanations {
  /** A hit's explanation and the need's words it matched, the most contributing first. */
  record Explained(Explanation explanation, List<String> matchedTerms) {}

  private record Contribution(String term, Explanation explanation) {}

  private final NeedQuery needQuery;
  private final List<Weight> termWeights;
  private final List<LeafReaderContext> leaves;

  Explanations(NeedQuery needQuery, IndexSearcher searcher) throws IOException {
    this.needQuery = needQuery;
    this.termWeights = new ArrayList<>(needQuery.terms().size());
    for (NeedQuery.Term term : needQuery.terms()) {
      termWeights.add(
          searcher.createWeight(searcher.rewrite(term.query()), ScoreMode.COMPLETE, 1f));
    }
    this.leaves = searcher.getIndexReader().leaves();
  }

  /** Explains the score of a top-level document id. */
  Explained explain(int doc, double score) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < termWeights.size(); i++) {
      org.apache.lucene.search.Explanation lucene =
          termWeights.get(i).explain(leaf, doc - leaf.docBase);
      if (lucene.isMatch()) {
        NeedQuery.Term term = needQuery.terms().get(i);
        String description =
            String.format(
                Locale.ROOT,
                "term '%s' (from '%s', %d× in the need)",
                term.text(),
                term.word(),
                term.count());
        contributions.add(
            new Contribution(
                term.word(),
                Explanation.of(
                    lucene.getValue().doubleValue(), description, List.of(convert(lucene)))));
      }
    }
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> c.explanation().value()).reversed());
    Explanation explanation =
        Explanation.of(
            score,
            "text relevance (BM25), sum of " + contributions.size() + " matched need terms",
            contributions.stream().map(Contribution::explanation).toList());
    return new Explained(explanation, contributions.stream().map(Contribution::term).toList());
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
