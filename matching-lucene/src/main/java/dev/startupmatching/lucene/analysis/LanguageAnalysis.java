package dev.startupmatching.lucene.analysis;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of each supported language: the same one indexes profiles, analyses needs and finds
 * known phrases, so that all three agree on what a word is.
 *
 * <ul>
 *   <li>English: Lucene's English analyzer (stop words, Porter stemmer).
 *   <li>German: German stop words, normalisation and plural stemming, then the parts of compound
 *       words that split into German words of the taxonomy and the lexicon ("Batteriemanagement"
 *       also yields "batterie" and "management").
 *   <li>Chinese: SmartCN word segmentation.
 *   <li>Italian: Lucene's Italian analyzer.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LanguageAnalysis {
  /**
   * The version of how startups' text is analysed, recorded in each index: bumped whenever an
   * analyzer changes what terms a text gives, since an index analysed otherwise would silently miss
   * matches. It names the Lucene version, whose analyzers are part of it.
   */
  public static final String VERSION =
      "analysis 2, lucene " + org.apache.lucene.util.Version.LATEST;

  private final ImmutableMap<String, Analyzer> search;
  private final Analyzer englishPhrases = new EnglishPhraseAnalysis();

  /** The analyzers of every supported language, with the taxonomy's and lexicon's phrases. */
  public LanguageAnalysis(Taxonomy taxonomy, Lexicon lexicon) {
    CharArraySet germanWords = germanDictionary(taxonomy, lexicon);
    this.search =
        ImmutableMap.of(
            "en", new EnglishAnalyzer(),
            "de", new GermanAnalysis(germanWords),
            "zh", new SmartChineseAnalyzer(),
            "it", new ItalianAnalyzer());
  }

  /** The search analyzer of a supported language. */
  public Analyzer search(String language) {
    Analyzer analyzer = search.get(language);
    if (analyzer == null) {
      throw new IllegalArgumentException("unsupported language '" + language + "'");
    }
    return analyzer;
  }

  /**
   * The analyzer that finds known phrases in a text of a language: the search analyzer, except for
   * English, whose Porter stemmer would let "productive" name the area "production"; there only
   * plurals are reduced.
   */
  Analyzer phrases(String language) {
    return language.equals("en") ? englishPhrases : search(language);
  }

  /** Analyzes each language's text field with that language's analyzer, and the rest as English. */
  public Analyzer perField() {
    ImmutableMap.Builder<String, Analyzer> fields = ImmutableMap.builder();
    for (String language : LanguageDetector.SUPPORTED) {
      if (!language.equals("en")) {
        fields.put(StartupFields.textField(language), search(language));
      }
    }
    return new PerFieldAnalyzerWrapper(search("en"), fields.build());
  }

  /**
   * The German words of the taxonomy and the lexicon, normalised and stemmed as {@link
   * GermanAnalysis} leaves them, for splitting compounds.
   */
  private static CharArraySet germanDictionary(Taxonomy taxonomy, Lexicon lexicon) {
    CharArraySet words = new CharArraySet(8192, false);
    try (Analyzer normaliser = new GermanAnalysis(CharArraySet.EMPTY_SET)) {
      for (TechnologyArea area : taxonomy.areas()) {
        area.names("de").forEach(name -> addWords(words, normaliser, name));
      }
      lexicon
          .entries()
          .forEach(
              entry ->
                  entry
                      .getOrDefault("de", List.of())
                      .forEach(name -> addWords(words, normaliser, name)));
    }
    return CharArraySet.unmodifiableSet(words);
  }

  private static void addWords(CharArraySet dictionary, Analyzer normaliser, String name) {
    try (TokenStream stream = normaliser.tokenStream("", name)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() >= 3) {
          dictionary.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String performs no I/O
    }
  }

  /** English words for phrase finding: lower case, stop words, plurals reduced. */
  private static final class EnglishPhraseAnalysis extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      result = new EnglishMinimalStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /**
   * German analysis: lower case, stop words, umlaut normalisation, minimal (plural) stemming, then
   * the known parts of compound words ({@link GermanCompoundSplitter}). The light stemmer is not
   * used because it treats singular and plural differently for some words ("System" loses "em",
   * "Systeme" only "e").
   */
  private static final class GermanAnalysis extends Analyzer {
    private final CharArraySet compoundParts;

    /**
     * @param compoundParts the normalised, stemmed words that compounds are split into; empty for
     *     no splitting
     */
    GermanAnalysis(CharArraySet compoundParts) {
      this.compoundParts = compoundParts;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
      result = new GermanNormalizationFilter(result);
      result = new GermanMinimalStemFilter(result);
      if (!compoundParts.isEmpty()) {
        result = new GermanCompoundSplitter(result, compoundParts);
      }
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
  }
}
