package dev.startupmatching.lucene.index;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The statistics that scores and query building read from an index: per field, how many documents
 * it has, how many hold the field and how long the field is in all; per term, how many documents
 * hold it and how often it occurs. The statistics of shards add up to the statistics of one index
 * over all their documents, as long as no shard has deleted documents.
 *
 * <p>Every indexed field is covered but the startup id, which is unique to one document and scores
 * nothing. Immutable; {@link #toBytes} writes it compactly, as a job ships it to every shard.
 */
public final class GlobalStatistics {
  /** The version of the layout {@link #toBytes} writes. */
  private static final int FORMAT = 1;

  /** A field's totals, as Lucene's {@link CollectionStatistics} has them. */
  private record FieldTotals(long maxDoc, long docCount, long sumTotalTermFreq, long sumDocFreq) {
    FieldTotals plus(FieldTotals other) {
      return new FieldTotals(
          maxDoc + other.maxDoc,
          docCount + other.docCount,
          sumTotalTermFreq + other.sumTotalTermFreq,
          sumDocFreq + other.sumDocFreq);
    }
  }

  private final int documents;
  private final Map<String, FieldTotals> totals;

  /** Per field, each term's document frequency and total frequency, packed as {@code [df, ttf]}. */
  private final Map<String, Map<String, long[]>> terms;

  private GlobalStatistics(
      int documents, Map<String, FieldTotals> totals, Map<String, Map<String, long[]>> terms) {
    this.documents = documents;
    this.totals = totals;
    this.terms = terms;
  }

  /** The statistics of one reader's documents. */
  public static GlobalStatistics of(IndexReader reader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Map<String, FieldTotals> totals = new TreeMap<>();
    Map<String, Map<String, long[]>> terms = new TreeMap<>();
    for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
      if (field.getIndexOptions() == IndexOptions.NONE || field.name.equals(StartupFields.ID)) {
        continue;
      }
      CollectionStatistics collection = searcher.collectionStatistics(field.name);
      Terms fieldTerms = MultiTerms.getTerms(reader, field.name);
      if (collection == null || fieldTerms == null) {
        continue;
      }
      totals.put(
          field.name,
          new FieldTotals(
              collection.maxDoc(),
              collection.docCount(),
              collection.sumTotalTermFreq(),
              collection.sumDocFreq()));
      Map<String, long[]> byTerm = new HashMap<>();
      TermsEnum iterator = fieldTerms.iterator();
      for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
        byTerm.put(term.utf8ToString(), new long[] {iterator.docFreq(), iterator.totalTermFreq()});
      }
      terms.put(field.name, byTerm);
    }
    return new GlobalStatistics(reader.numDocs(), totals, terms);
  }

  /** The statistics of this collection's documents and the other's together. */
  public GlobalStatistics plus(GlobalStatistics other) {
    checkArgument(other != null, "other must not be null");
    Map<String, FieldTotals> sumTotals = new TreeMap<>(totals);
    other.totals.forEach((field, t) -> sumTotals.merge(field, t, FieldTotals::plus));
    Map<String, Map<String, long[]>> sumTerms = new TreeMap<>();
    for (String field : sumTotals.keySet()) {
      Map<String, long[]> mine = terms.getOrDefault(field, Map.of());
      Map<String, long[]> theirs = other.terms.getOrDefault(field, Map.of());
      Map<String, long[]> sum = new HashMap<>(mine.size() + theirs.size());
      mine.forEach((term, freqs) -> sum.put(term, freqs.clone()));
      theirs.forEach(
          (term, freqs) ->
              sum.merge(term, freqs.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
      sumTerms.put(field, sum);
    }
    return new GlobalStatistics(documents + other.documents, sumTotals, sumTerms);
  }

  /** How many documents the collection has, deleted ones left out. */
  public int documents() {
    return documents;
  }

  /** How many distinct terms all fields have together. */
  public long termCount() {
    return terms.values().stream().mapToLong(Map::size).sum();
  }

  /** True if these statistics cover the field; the startup id's field is not covered. */
  boolean covers(String field) {
    return totals.containsKey(field);
  }

  /** How many documents hold the term; 0 if none does. */
  int docFreq(Term term) {
    long[] freqs = termFreqs(term);
    return freqs == null ? 0 : Math.toIntExact(freqs[0]);
  }

  /** How often the term occurs in all documents; 0 if in none. */
  long totalTermFreq(Term term) {
    long[] freqs = termFreqs(term);
    return freqs == null ? 0 : freqs[1];
  }

  /** The field's statistics, or null if no document has it. */
  CollectionStatistics collection(String field) {
    FieldTotals t = totals.get(field);
    return t == null || t.docCount == 0
        ? null
        : new CollectionStatistics(field, t.maxDoc, t.docCount, t.sumTotalTermFreq, t.sumDocFreq);
  }

  /** How many documents hold the field. */
  int docCount(String field) {
    FieldTotals t = totals.get(field);
    return t == null ? 0 : Math.toIntExact(t.docCount);
  }

  private long[] termFreqs(Term term) {
    Map<String, long[]> byTerm = terms.get(term.field());
    return byTerm == null ? null : byTerm.get(term.text());
  }

  /**
   * These statistics as bytes, which {@link #fromBytes} reads back: how a job ships them to its
   * tasks. Equal statistics give equal bytes.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(documents);
      out.writeInt(totals.size());
      for (Map.Entry<String, FieldTotals> field : totals.entrySet()) {
        FieldTotals t = field.getValue();
        out.writeUTF(field.getKey());
        out.writeLong(t.maxDoc);
        out.writeLong(t.docCount);
        out.writeLong(t.sumTotalTermFreq);
        out.writeLong(t.sumDocFreq);
        Map<String, long[]> byTerm = new TreeMap<>(terms.getOrDefault(field.getKey(), Map.of()));
        out.writeInt(byTerm.size());
        for (Map.Entry<String, long[]> term : byTerm.entrySet()) {
          out.writeUTF(term.getKey());
          out.writeLong(term.getValue()[0]);
          out.writeLong(term.getValue()[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads statistics that {@link #toBytes} wrote.
   *
   * @throws IllegalArgumentException if the bytes are not such statistics
   */
  public static GlobalStatistics fromBytes(byte[] bytes) {
    checkArgument(bytes != null, "bytes must not be null");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      checkArgument(format == FORMAT, "not collection statistics of format %s: %s", FORMAT, format);
      int documents = in.readInt();
      int fields = in.readInt();
      Map<String, FieldTotals> totals = new TreeMap<>();
      Map<String, Map<String, long[]>> terms = new TreeMap<>();
      for (int f = 0; f < fields; f++) {
        String field = in.readUTF();
        totals.put(
            field, new FieldTotals(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
        int count = in.readInt();
        checkArgument(count >= 0, "field %s has %s terms", field, count);
        Map<String, long[]> byTerm = new HashMap<>();
        for (int i = 0; i < count; i++) {
          byTerm.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
        }
        terms.put(field, byTerm);
      }
      checkArgument(in.read() == -1, "collection statistics with bytes after their end");
      return new GlobalStatistics(documents, totals, terms);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated collection statistics", e);
    }
  }
}
