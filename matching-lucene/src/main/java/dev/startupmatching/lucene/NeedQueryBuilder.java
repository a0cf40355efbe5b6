package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the text query for a need from its words, with Lucene's query objects and never with a
 * query parser: operators, wildcards, quotes and brackets in a need are plain text.
 *
 * <p>Each distinct analysed term becomes one clause, boosted by how often the need uses it (a
 * bag-of-words query). Long needs are cut to the {@link #MAX_QUERY_TERMS} terms with the highest
 * count times inverse document frequency, so that a pasted document never exceeds Lucene's clause
 * limit. Instances are immutable and thread-safe.
 */
final class NeedQueryBuilder {
  /** The most distinct terms one need contributes to its query. */
  static final int MAX_QUERY_TERMS = 200;

  private final Analyzer analyzer;
  private final RankingConfig config;

  NeedQueryBuilder(Analyzer analyzer, RankingConfig config) {
    this.analyzer = analyzer;
    this.config = config;
  }

  NeedQuery build(String text, IndexReader reader) {
    List<AnalysedTerm> analysed = analyze(text);
    List<AnalysedTerm> selected = analysed;
    if (selected.size() > MAX_QUERY_TERMS) {
      selected = new ArrayList<>(analysed);
      selected.sort(Comparator.comparingDouble(t -> -weight(t.text, t.count, reader)));
      selected = selected.subList(0, MAX_QUERY_TERMS);
    }
    ImmutableList.Builder<NeedQuery.Term> terms = ImmutableList.builder();
    for (AnalysedTerm term : selected) {
      terms.add(new NeedQuery.Term(term.text, term.word, term.count, termQuery(term)));
    }
    return new NeedQuery(terms.build(), analysed.size());
  }

  /** A distinct term of the need's text, the word it first came from, and its count. */
  private static final class AnalysedTerm {
    final String text;
    final String word;
    int count;

    AnalysedTerm(String text, String word) {
      this.text = text;
      this.word = word;
    }
  }

  /** Returns the distinct analysed terms of the text, in order of first appearance. */
  private List<AnalysedTerm> analyze(String text) {
    Map<String, AnalysedTerm> terms = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(StartupFields.CONTENTS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms
            .computeIfAbsent(
                term.toString(),
                t ->
                    new AnalysedTerm(
                        t,
                        text.substring(offset.startOffset(), offset.endOffset())
                            .toLowerCase(Locale.ROOT)))
            .count++;
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String performs no I/O; this would be a bug in an analyzer.
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms.values());
  }

  private Query termQuery(AnalysedTerm analysed) {
    String term = analysed.text;
    Query query;
    if (config.fieldWeights().size() == 1) {
      Map.Entry<String, Float> field = config.fieldWeights().entrySet().iterator().next();
      query = fieldQuery(field, term);
    } else {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : config.fieldWeights().entrySet()) {
        fields.add(fieldQuery(field, term), Occur.SHOULD);
      }
      query = fields.build();
    }
    return analysed.count == 1 ? query : new BoostQuery(query, analysed.count);
  }

  private static Query fieldQuery(Map.Entry<String, Float> field, String term) {
    Query query = new TermQuery(new org.apache.lucene.index.Term(field.getKey(), term));
    return field.getValue() == 1f ? query : new BoostQuery(query, field.getValue());
  }

  private static double weight(String term, int count, IndexReader reader) {
    try {
      int docFreq = reader.docFreq(new org.apache.lucene.index.Term(StartupFields.CONTENTS, term));
      return count * Math.log(1 + (reader.numDocs() + 1.0) / (docFreq + 1.0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
