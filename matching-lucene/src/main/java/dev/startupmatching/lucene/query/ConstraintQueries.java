package dev.startupmatching.lucene.query;

import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.model.Stage;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Translates {@link Constraints} into Lucene filter clauses that accept exactly the startups {@link
 * Constraints#test} accepts; a property test holds the two to that.
 */
public final class ConstraintQueries {
  private ConstraintQueries() {}

  /** Adds the constraints to {@code query} as non-scoring FILTER and MUST_NOT clauses. */
  public static void addFilters(BooleanQuery.Builder query, Constraints constraints) {
    if (!constraints.stages().isEmpty()) {
      List<BytesRef> stages = new ArrayList<>();
      stages.add(new BytesRef(StartupFields.UNKNOWN_STAGE));
      for (Stage stage : constraints.stages()) {
        stages.add(new BytesRef(stage.id()));
      }
      query.add(new TermInSetQuery(StartupFields.STAGE, stages), Occur.FILTER);
    }
    constraints
        .minReadinessLevel()
        .ifPresent(
            min ->
                query.add(
                    either(
                        IntPoint.newRangeQuery(StartupFields.READINESS, min, Integer.MAX_VALUE),
                        IntPoint.newExactQuery(
                            StartupFields.READINESS, StartupFields.UNKNOWN_READINESS)),
                    Occur.FILTER));
    if (!constraints.regionKeys().isEmpty()) {
      BooleanQuery.Builder located =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(StartupFields.LOCATION_KNOWN, "false")), Occur.SHOULD);
      if (!constraints.regionPlaces().isEmpty()) {
        List<BytesRef> codes =
            constraints.regionPlaces().stream().map(p -> new BytesRef(p.code())).toList();
        located.add(new TermInSetQuery(StartupFields.PLACES, codes), Occur.SHOULD);
      }
      if (!constraints.regionTextKeys().isEmpty()) {
        List<BytesRef> texts = constraints.regionTextKeys().stream().map(BytesRef::new).toList();
        located.add(new TermInSetQuery(StartupFields.LOCATION, texts), Occur.SHOULD);
      }
      query.add(located.build(), Occur.FILTER);
    }
    if (!constraints.tagKeys().isEmpty()) {
      List<BytesRef> tags = constraints.tagKeys().stream().map(BytesRef::new).toList();
      query.add(new TermInSetQuery(StartupFields.TAGS, tags), Occur.FILTER);
    }
    if (constraints.foundedFrom().isPresent() || constraints.foundedTo().isPresent()) {
      query.add(
          IntField.newRangeQuery(
              StartupFields.FOUNDED,
              constraints.foundedFrom().orElse(Integer.MIN_VALUE),
              constraints.foundedTo().orElse(Integer.MAX_VALUE)),
          Occur.FILTER);
    }
    if (constraints.minFundingUsd().isPresent() || constraints.maxFundingUsd().isPresent()) {
      query.add(
          LongField.newRangeQuery(
              StartupFields.FUNDING,
              constraints.minFundingUsd().orElse(Long.MIN_VALUE),
              constraints.maxFundingUsd().orElse(Long.MAX_VALUE)),
          Occur.FILTER);
    }
    if (!constraints.excludedStartupIds().isEmpty()) {
      List<BytesRef> ids = constraints.excludedStartupIds().stream().map(BytesRef::new).toList();
      query.add(new TermInSetQuery(StartupFields.ID, ids), Occur.MUST_NOT);
    }
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }
}
