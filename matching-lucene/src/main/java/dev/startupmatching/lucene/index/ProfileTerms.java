package dev.startupmatching.lucene.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of profiles in the {@link StartupFields#CONTENTS} field, which holds every profile
 * whatever its language, and how many profiles have each: what feedback and the neighbourhood weigh
 * candidates' words by. One instance serves one reader and is safe for concurrent use.
 *
 * <p>A profile's words come from its term vector, stored at indexing time, so that no candidate's
 * text is analysed again at search time. Document frequencies are cached, since the candidates of
 * one need after another share most of their words; the cache empties itself past {@value
 * #MAX_CACHED} words, which bounds its memory at a few tens of megabytes.
 */
public final class ProfileTerms {
  private static final int MAX_CACHED = 500_000;

  private final IndexReader reader;
  private final GlobalStatistics statistics;
  private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();

  /** The profile terms of a reader. */
  public ProfileTerms(IndexReader reader) {
    this(reader, null);
  }

  /**
   * The profile terms of a reader that is a shard of a larger collection: the counts of profiles
   * come from the collection's statistics.
   *
   * @param statistics the collection's statistics, or null if the reader is the whole collection
   */
  public ProfileTerms(IndexReader reader, GlobalStatistics statistics) {
    this.reader = reader;
    this.statistics = statistics;
  }

  /** The reader these terms come from. */
  public IndexReader reader() {
    return reader;
  }

  /** How many profiles the reader holds. */
  public int profiles() {
    return statistics == null ? reader.numDocs() : statistics.documents();
  }

  /**
   * How often each word of each profile occurs in its {@link StartupFields#CONTENTS} field.
   *
   * @param docs the profiles' documents in the reader
   * @return the counts, in the order of {@code docs}
   */
  public List<Map<String, Integer>> counts(int[] docs) throws IOException {
    TermVectors termVectors = reader.termVectors();
    List<Map<String, Integer>> counts = new ArrayList<>(Collections.nCopies(docs.length, null));
    // In document order, documents that share a compressed block decompress it once.
    for (int i : InDocOrder.indexes(docs)) {
      Terms vector = termVectors.get(docs[i], StartupFields.CONTENTS);
      // A profile without a single word has no term vector.
      counts.set(i, vector == null ? Map.of() : counts(vector));
    }
    return counts;
  }

  private static Map<String, Integer> counts(Terms vector) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    TermsEnum terms = vector.iterator();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      // In a term vector, the total frequency is the word's count in this one profile.
      counts.put(term.utf8ToString(), (int) terms.totalTermFreq());
    }
    return counts;
  }

  /** How many profiles have the word. */
  public int docFreq(String word) {
    Integer cached = docFreqs.get(word);
    if (cached != null) {
      return cached;
    }
    try {
      Term term = new Term(StartupFields.CONTENTS, word);
      int docFreq = statistics == null ? reader.docFreq(term) : statistics.docFreq(term);
      if (docFreqs.size() >= MAX_CACHED) {
        docFreqs.clear();
      }
      docFreqs.put(word, docFreq);
      return docFreq;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BM25's inverse document frequency of the word. */
  public double idf(String word) {
    int docs = profiles();
    int df = docFreq(word);
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }
}
