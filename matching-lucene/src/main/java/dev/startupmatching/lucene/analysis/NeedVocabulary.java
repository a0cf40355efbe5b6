package dev.startupmatching.lucene.analysis;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How common each English search term is across need statements, to tell the words every need uses
 * ("vehicle", "process", "customers") from the ones that say what this need is about.
 *
 * <p>Inverse document frequency over the profiles cannot tell them apart: "vehicle" is rare among
 * profiles yet says little about which profiles fit a carmaker's need, because many needs say it.
 * The reference statements are {@code need-statements-en.txt} beside this class: needs written the
 * way a carmaker's units write them, short ones across forty business areas and longer ones from
 * the vehicle and technical units, for this purpose alone, so that neither the built-in example nor
 * any evaluation set decides how words are weighed. Words that every need uses whatever it asks
 * ("looking", "partner") are not weighed down but left out altogether ({@link NeedBoilerplate}).
 * Only English is covered. Instances are immutable and thread-safe.
 */
public final class NeedVocabulary {
  private static final String STATEMENTS = "need-statements-en.txt";

  private final ImmutableMap<String, Integer> documentFrequency;
  private final int statements;

  private NeedVocabulary(Map<String, Integer> documentFrequency, int statements) {
    this.documentFrequency = ImmutableMap.copyOf(documentFrequency);
    this.statements = statements;
  }

  /**
   * Counts the terms of the reference statements, analysed as English need words are for search.
   */
  public static NeedVocabulary builtIn(LanguageAnalysis analysis) {
    List<String> statements =
        ResourceLines.of(NeedVocabulary.class, STATEMENTS).stream()
            .map(ResourceLines.Line::text)
            .toList();
    return of(statements, analysis.search("en"));
  }

  /** Counts, for each term, how many of the English statements contain it. */
  static NeedVocabulary of(List<String> statements, Analyzer englishSearch) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String statement : statements) {
      for (String term : distinctTerms(statement, englishSearch)) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    return new NeedVocabulary(documentFrequency, statements.size());
  }

  /**
   * The weight of an English search term: {@code 1 / (1 + discount × share)}, where share is the
   * fraction of the reference statements that contain it. A term no statement uses keeps weight 1;
   * with discount 2, one that every statement uses keeps a third. The smooth decay, rather than a
   * logarithmic idf, keeps some weight for words that many needs share but a given need still means
   * ("battery" in an electrification need).
   *
   * @param discount how strongly common terms are discounted; 0 leaves every weight at 1
   */
  public double weight(String term, float discount) {
    if (discount == 0 || statements == 0) {
      return 1;
    }
    double share = documentFrequency.getOrDefault(term, 0) / (double) statements;
    return 1 / (1 + discount * share);
  }

  private static Set<String> distinctTerms(String text, Analyzer analyzer) {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String performs no I/O; this would be a bug in an analyzer.
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
