package dev.startupmatching.lucene;

import dev.startupmatching.lucene.analysis.ConceptTagger;
import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lets the tests of the matching machinery's packages reach what a {@link StartupIndex} keeps to
 * itself: its analysis, its tagger and its searchers.
 */
public final class IndexInternals {
  private IndexInternals() {}

  public static LanguageAnalysis analysis(StartupIndex index) {
    return index.analysis();
  }

  public static ConceptTagger tagger(StartupIndex index) {
    return index.tagger();
  }

  public static IndexSearcher acquire(StartupIndex index) {
    return index.acquire();
  }

  public static void release(StartupIndex index, IndexSearcher searcher) {
    index.release(searcher);
  }
}
