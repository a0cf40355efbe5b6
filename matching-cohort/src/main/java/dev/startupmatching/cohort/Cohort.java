package dev.startupmatching.cohort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A chosen cohort: its startups with their units, the objective, how it stands against each
 * constraint, the capacity left unused, and why the best startups left out are out.
 *
 * @param assignments the chosen pairs, by unit and then by fit, best first
 * @param objective the objective reached: the total fit, less the diversity penalty when one is set
 * @param totalFit the total fit of the chosen pairs
 * @param constraints how the cohort stands against each constraint, binding ones first
 * @param unfilledCapacity each unit's pilots left unused
 * @param leftOut the best startups of each need not paired with it, with why
 * @param optimal true if the solver proved the cohort optimal, false if it stopped at its time
 *     limit with the best cohort found
 * @param solveTime the solver's time
 */
public record Cohort(
    List<Assignment> assignments,
    double objective,
    double totalFit,
    List<ConstraintReport> constraints,
    Map<String, Integer> unfilledCapacity,
    List<LeftOut> leftOut,
    boolean optimal,
    Duration solveTime) {
  /** Copies the lists and the map. */
  public Cohort {
    assignments = List.copyOf(assignments);
    constraints = List.copyOf(constraints);
    unfilledCapacity = Map.copyOf(unfilledCapacity);
    leftOut = List.copyOf(leftOut);
  }

  /** How many distinct startups the cohort has. */
  public int size() {
    return (int) assignments.stream().map(a -> a.pairing().startup().id()).distinct().count();
  }

  /** The constraints that bind. */
  public List<ConstraintReport> binding() {
    return constraints.stream().filter(ConstraintReport::binding).toList();
  }
}
