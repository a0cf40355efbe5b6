package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    Map<String, Integer> counts = analyze(text);
    List<Map.Entry<String, Integer>> selected = new ArrayList<>(counts.entrySet());
    if (selected.size() > MAX_QUERY_TERMS) {
      selected.sort(Comparator.comparingDouble(e -> -weight(e.getKey(), e.getValue(), reader)));
      selected = selected.subList(0, MAX_QUERY_TERMS);
    }
    ImmutableList.Builder<NeedQuery.Term> terms = ImmutableList.builder();
    for (Map.Entry<String, Integer> entry : selected) {
      terms.add(new NeedQuery.Term(entry.getKey(), entry.getValue(), termQuery(entry)));
    }
    return new NeedQuery(terms.build(), counts.size());
  }

  /** Returns the analysed terms of the text with their counts, in order of first appearance. */
  Map<String, Integer> analyze(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(StartupFields.CONTENTS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String performs no I/O; this would be a bug in an analyzer.
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private Query termQuery(Map.Entry<String, Integer> entry) {
    String term = entry.getKey();
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
    int count = entry.getValue();
    return count == 1 ? query : new BoostQuery(query, count);
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
