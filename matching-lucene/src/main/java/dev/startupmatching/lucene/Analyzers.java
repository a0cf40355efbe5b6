package dev.startupmatching.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The analyzers of the index; the same one serves indexing and query building. */
final class Analyzers {
  private Analyzers() {}

  /** English: standard tokenizer, lower case, English stop words, Porter stemmer. */
  static Analyzer english() {
    return new EnglishAnalyzer();
  }
}
