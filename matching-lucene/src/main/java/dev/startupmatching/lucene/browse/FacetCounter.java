package dev.startupmatching.lucene.browse;

import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts the values of {@link Facet facets} over every document a query matches, with {@code
 * lucene-facet}'s {@link StringValueFacetCounts} over the facets' doc values.
 *
 * <p>The ordinal maps that a multi-segment index needs for counting are built once per index reader
 * and facet, and kept while that reader is current. Thread-safe.
 */
public final class FacetCounter {
  private record ReaderFacet(IndexReader reader, Facet facet) {}

  private final Map<ReaderFacet, StringDocValuesReaderState> states = new ConcurrentHashMap<>();

  /** The doc values field that holds a facet's values. */
  static String field(Facet facet) {
    return switch (facet) {
      case STAGE -> StartupFields.STAGE;
      case COUNTRY -> StartupFields.COUNTRY;
      case AREA -> StartupFields.CONCEPTS;
      case TAG -> StartupFields.TAGS;
    };
  }

  /** Counts each facet's values over the documents that {@code query} matches. */
  public FacetCounts count(IndexSearcher searcher, Query query, Set<Facet> facets)
      throws IOException {
    FacetsCollector collector =
        FacetsCollectorManager.search(searcher, query, 0, new FacetsCollectorManager())
            .facetsCollector();
    long total = collector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits()).sum();
    Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      Map<String, Long> values = new LinkedHashMap<>();
      if (total > 0) {
        StringValueFacetCounts facetCounts =
            new StringValueFacetCounts(state(searcher.getIndexReader(), facet), collector);
        FacetResult result = facetCounts.getAllChildren(field(facet));
        if (result != null) {
          for (LabelAndValue value : result.labelValues) {
            values.put(value.label, value.value.longValue());
          }
        }
      }
      counts.put(facet, values);
    }
    return FacetCounts.of(counts, total);
  }

  private StringDocValuesReaderState state(IndexReader reader, Facet facet) throws IOException {
    ReaderFacet key = new ReaderFacet(reader, facet);
    StringDocValuesReaderState state = states.get(key);
    if (state == null) {
      // Only the current reader's states are worth keeping.
      states.keySet().removeIf(k -> k.reader() != reader);
      state = new StringDocValuesReaderState(reader, field(facet));
      states.put(key, state);
    }
    return state;
  }
}
