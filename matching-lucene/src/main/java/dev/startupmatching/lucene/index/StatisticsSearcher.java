package dev.startupmatching.lucene.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher that scores a shard's documents with the statistics of the whole collection, so that
 * each document scores as it would in one index of all: BM25's document frequencies and average
 * field lengths are the collection's. The static methods give the statistics a match reads beyond
 * scoring, the collection's for this searcher and the reader's own for any other.
 */
public final class StatisticsSearcher extends IndexSearcher {
  private final GlobalStatistics statistics;

  /** Searches the reader, scoring with the collection's statistics. */
  public StatisticsSearcher(IndexReader reader, GlobalStatistics statistics) {
    super(reader);
    this.statistics = statistics;
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    // Only called for a term the shard holds, so the collection holds it too.
    return statistics.covers(term.field())
        ? new TermStatistics(term.bytes(), statistics.docFreq(term), statistics.totalTermFreq(term))
        : super.termStatistics(term, docFreq, totalTermFreq);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    return statistics.covers(field)
        ? statistics.collection(field)
        : super.collectionStatistics(field);
  }

  /**
   * How many documents hold the term: in the collection for a statistics searcher, else in the
   * searcher's reader, where {@code local} is the count already looked up.
   */
  public static int docFreq(IndexSearcher searcher, Term term, int local) {
    return searcher instanceof StatisticsSearcher s && s.statistics.covers(term.field())
        ? s.statistics.docFreq(term)
        : local;
  }

  /** How many documents hold the field, in the collection for a statistics searcher. */
  public static int docCount(IndexSearcher searcher, String field) {
    if (searcher instanceof StatisticsSearcher s && s.statistics.covers(field)) {
      return s.statistics.docCount(field);
    }
    try {
      return searcher.getIndexReader().getDocCount(field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents there are, deleted ones left out, in the collection for this searcher. */
  public static int documents(IndexSearcher searcher) {
    return searcher instanceof StatisticsSearcher s
        ? s.statistics.documents()
        : searcher.getIndexReader().numDocs();
  }
}
