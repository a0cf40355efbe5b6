package dev.startupmatching.benchmarks.scale;

import com.google.common.collect.ImmutableMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

/**
 * The reference point of the scale benchmark: plain Lucene BM25 over the same index, without the
 * library's query building, feedback, re-ranking or explanations. A need's text is analysed with
 * Lucene's {@link EnglishAnalyzer} (the analyzer the index uses for its English text fields; the
 * library's per-language analysis is not public) and its distinct terms become one disjunction over
 * the profile text, one-liner and name, weighted as the library weighs those fields, scored with
 * the library's BM25 parameters (k1 0.9, b 0.4).
 *
 * <p>It opens the committed index read-only, next to the {@code StartupIndex} that wrote it. The
 * field names are those of the index layout (schema 4). Thread-safe for searches.
 */
final class PlainBm25 implements Closeable {
  /** The text fields of the index layout and the weights the library gives them. */
  private static final ImmutableMap<String, Float> FIELDS =
      ImmutableMap.of("contents", 1f, "oneLiner", 0.3f, "name", 0.2f);

  /** Keeps a long need within Lucene's default clause limit of 1,024. */
  private static final int MAX_TERMS = 300;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new EnglishAnalyzer();

  PlainBm25(Path indexDirectory) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    for (String field : FIELDS.keySet()) {
      if (fields.fieldInfo(field) == null) {
        reader.close();
        throw new IllegalStateException(
            "the index has no field '"
                + field
                + "'; its layout changed: update "
                + PlainBm25.class);
      }
    }
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(0.9f, 0.4f));
  }

  /** The segments of the index, as committed. */
  int segments() {
    return reader.leaves().size();
  }

  /** Analyses the text, builds the query and returns the best {@code n} documents. */
  TopDocs search(String text, int n) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms(text)) {
      FIELDS.forEach(
          (field, weight) ->
              query.add(
                  new BoostQuery(new TermQuery(new Term(field, term)), weight), Occur.SHOULD));
    }
    try {
      return searcher.search(query.build(), n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream("contents", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
