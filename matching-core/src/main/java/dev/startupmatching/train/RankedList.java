package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;

/**
 * One need's candidates with their features and relevance labels: a training list.
 *
 * @param needId the need's id
 * @param grades the need's relevance judgments by startup id, including startups not among the
 *     candidates, which nDCG's ideal ranking counts
 * @param rows the candidates
 */
public record RankedList(String needId, Map<String, Integer> grades, List<Row> rows) {
  /** Checks the parts. */
  public RankedList {
    checkArgument(needId != null && !needId.isBlank(), "needId must not be blank");
    checkArgument(grades != null, "grades must not be null");
    checkArgument(rows != null, "rows must not be null");
  }

  /**
   * One candidate.
   *
   * @param startupId the startup's id
   * @param label its relevance grade, 0 when unjudged
   * @param features every signal's value by signal name
   */
  public record Row(String startupId, int label, Map<String, Double> features) {
    /** Checks the parts. */
    public Row {
      checkArgument(startupId != null && !startupId.isBlank(), "startupId must not be blank");
      checkArgument(label >= 0, "label must not be negative but was %s", label);
      checkArgument(features != null, "features must not be null");
    }
  }
}
