package dev.startupmatching.cohort;

/**
 * How the cohort stands against one constraint.
 *
 * @param name the constraint, such as {@code capacity of autonomous-driving <= 3} or {@code
 *     region:China>=40%}
 * @param value the constraint's measure in the cohort, such as the unit's pilots or the quota's
 *     startups
 * @param bound the bound on that measure in this cohort
 * @param slack how far the value is from the bound, 0 when the constraint binds
 */
public record ConstraintReport(String name, double value, double bound, double slack) {
  /** True when the constraint is met with no room to spare: it limits the cohort. */
  public boolean binding() {
    return Math.abs(slack) < 1e-9;
  }
}
