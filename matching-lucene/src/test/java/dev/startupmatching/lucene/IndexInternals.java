package dev.startupmatching.lucene;

import dev.startupmatching.lucene.analysis.AreaTagger;
import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.RankingConfig;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lets the tests of the matching machinery's packages reach what a {@link StartupIndex} keeps to
 * itself (its analysis, its tagger and its searchers), and builds what those tests share.
 */
public final class IndexInternals {
  private IndexInternals() {}

  public static LanguageAnalysis analysis(StartupIndex index) {
    return index.analysis();
  }

  public static AreaTagger tagger(StartupIndex index) {
    return index.tagger();
  }

  public static IndexSearcher acquire(StartupIndex index) {
    return index.acquire();
  }

  public static void release(StartupIndex index, IndexSearcher searcher) {
    index.release(searcher);
  }

  /**
   * An in-memory index of startups, the searcher acquired from it, and a searcher of its reader
   * that scores as the default ranking does; closing releases the one and closes the index.
   */
  public record Searched(StartupIndex index, IndexSearcher acquired, IndexSearcher searcher)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      index.release(acquired);
      index.close();
    }
  }

  /** Indexes the startups in memory, tagged with the taxonomy's areas, and searches them. */
  public static Searched searched(Taxonomy taxonomy, List<Startup> startups) throws IOException {
    StartupIndex index = StartupIndex.inMemory(taxonomy);
    index.upsertAll(startups);
    index.refresh();
    IndexSearcher acquired = index.acquire();
    return new Searched(index, acquired, bm25Searcher(acquired));
  }

  /** A searcher of the acquired one's reader that scores as the default ranking does. */
  public static IndexSearcher bm25Searcher(IndexSearcher acquired) {
    IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
    searcher.setSimilarity(
        new BM25Similarity(RankingConfig.DEFAULT.k1(), RankingConfig.DEFAULT.b()));
    return searcher;
  }

  /** The first search term of a word, as the index analyses search text in the language. */
  public static String searchTerm(StartupIndex index, String language, String word)
      throws IOException {
    try (TokenStream stream = index.analysis().search(language).tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      if (!stream.incrementToken()) {
        throw new IllegalArgumentException("'" + word + "' has no search term in " + language);
      }
      String text = term.toString();
      stream.end();
      return text;
    }
  }

  /** A lexicon of one meaning: "vehicle" and "car" in English, "Fahrzeug" in German. */
  public static Lexicon vehicleLexicon() {
    return lexicon(
        """
        {"version": "test", "entries": [{"en": ["vehicle", "car"], "de": ["Fahrzeug"]}]}
        """);
  }

  /** The query builder of the default ranking, with the index's analysis and the lexicon. */
  public static NeedQueryBuilder queryBuilder(StartupIndex index, Lexicon lexicon) {
    return new NeedQueryBuilder(index.analysis(), index.tagger(), lexicon, RankingConfig.DEFAULT);
  }

  /** A lexicon read from its JSON text. */
  public static Lexicon lexicon(String json) {
    try {
      return Lexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
