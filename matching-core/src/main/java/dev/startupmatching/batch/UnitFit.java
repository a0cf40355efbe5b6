package dev.startupmatching.batch;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.model.BusinessUnit;
import java.util.List;
import java.util.Map;

/**
 * How one startup fits a business unit: its fits to the unit's needs, combined as a unit ranking
 * combines them.
 *
 * @param unit the unit
 * @param score the combined fit, 0 to 1 with the default scoring model
 * @param contributions each of the unit's needs' share of the score, by need id; they add up to it
 * @param needs the fits to the unit's needs the startup ranks for, best first
 */
public record UnitFit(
    BusinessUnit unit, double score, Map<String, Double> contributions, List<NeedFit> needs) {
  /** Checks the parts. */
  public UnitFit {
    checkArgument(unit != null, "unit must not be null");
    checkArgument(Double.isFinite(score), "score must be finite but was %s", score);
    checkArgument(contributions != null, "contributions must not be null");
    checkArgument(needs != null, "needs must not be null");
  }
}
