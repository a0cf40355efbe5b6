package dev.startupmatching.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a cohort from candidate pairs: the startups to invite and the unit that meets each, so
 * that the total fit is as high as the constraints allow. Immutable and thread-safe; build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * Cohort cohort =
 *     CohortPlanner.builder()
 *         .size(30)
 *         .defaultCapacity(3)
 *         .quota(Quota.parse("region:China>=40%"))
 *         .minFit(0.5)
 *         .build()
 *         .plan(pairings);
 * }</pre>
 *
 * <p>The constraints: at most {@link Builder#size} startups; each unit at most its capacity of
 * pilots; each startup with at most {@link Builder#unitsPerStartup} units, and with a unit for at
 * most one of its needs; the quotas, a share counted on the cohort chosen; the startups that must
 * be in and those that must stay out; no pair below the minimum fit. The objective is the total fit
 * of the chosen pairs, less, with {@link Builder#diversity}, a penalty for each two alike startups
 * that meet the same unit. With {@link Builder#fairness}, the least-served unit's total fit is
 * raised as far as it goes first, and the total fit then maximised without lowering it.
 */
public final class CohortPlanner {
  /** Fits are solved as integers: a fit of 0.8231 weighs 8,231. */
  static final int FIT_SCALE = 10_000;

  final int size;
  final int unitsPerStartup;
  final Map<String, Integer> capacities;
  final int defaultCapacity;
  final List<Quota> quotas;
  final Set<String> required;
  final Set<String> excluded;
  final double minFit;
  final double diversity;
  final boolean fairness;
  final Duration timeLimit;
  final int leftOutPerNeed;

  private CohortPlanner(Builder b) {
    this.size = b.size;
    this.unitsPerStartup = b.unitsPerStartup;
    this.capacities = Map.copyOf(b.capacities);
    this.defaultCapacity = b.defaultCapacity;
    this.quotas = List.copyOf(b.quotas);
    this.required = Set.copyOf(b.required);
    this.excluded = Set.copyOf(b.excluded);
    this.minFit = b.minFit;
    this.diversity = b.diversity;
    this.fairness = b.fairness;
    this.timeLimit = b.timeLimit;
    this.leftOutPerNeed = b.leftOutPerNeed;
  }

  /** A builder with a cohort of 30, 3 pilots per unit, one unit per startup and no quotas. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Chooses the cohort with the highest objective, solved exactly by CP-SAT within the time limit.
   *
   * @param candidates the candidate pairs, such as each need's best N; a pair of a need and a
   *     startup given twice counts once, with its higher fit
   * @throws CohortInfeasibleException if no cohort meets the constraints; its message names a set
   *     of them that conflict
   */
  public Cohort plan(List<Pairing> candidates) {
    checkArgument(candidates != null, "candidates must not be null");
    return new CpSatCohort(this, Candidates.of(this, candidates)).solve();
  }

  /**
   * The baseline: pairs taken best fit first, each if the constraints still allow it; the startups
   * that must be in first. It does not look ahead, so it may miss a lower bound that the solver
   * meets; the cohort's reports say so.
   */
  public Cohort planGreedily(List<Pairing> candidates) {
    checkArgument(candidates != null, "candidates must not be null");
    return Greedy.plan(this, Candidates.of(this, candidates));
  }

  /** A unit's capacity of pilots. */
  int capacity(String unit) {
    return capacities.getOrDefault(unit, defaultCapacity);
  }

  /** Sets a planner's constraints and options. */
  public static final class Builder {
    private int size = 30;
    private int unitsPerStartup = 1;
    private final Map<String, Integer> capacities = new LinkedHashMap<>();
    private int defaultCapacity = 3;
    private final List<Quota> quotas = new ArrayList<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private double minFit = 0;
    private double diversity = 0;
    private boolean fairness = false;
    private Duration timeLimit = Duration.ofSeconds(60);
    private int leftOutPerNeed = 3;

    private Builder() {}

    /** The most startups the cohort holds (default 30). */
    public Builder size(int size) {
      checkArgument(size >= 1, "size must be at least 1 but was %s", size);
      this.size = size;
      return this;
    }

    /** The most units one startup meets (default 1). */
    public Builder unitsPerStartup(int units) {
      checkArgument(units >= 1, "unitsPerStartup must be at least 1 but was %s", units);
      this.unitsPerStartup = units;
      return this;
    }

    /** How many pilots the unit can run (default: {@link #defaultCapacity}). */
    public Builder capacity(String unit, int pilots) {
      checkArgument(unit != null && !unit.isBlank(), "unit must not be blank");
      checkArgument(pilots >= 0, "capacity of %s must not be negative but was %s", unit, pilots);
      capacities.put(unit, pilots);
      return this;
    }

    /** How many pilots a unit without a capacity of its own can run (default 3). */
    public Builder defaultCapacity(int pilots) {
      checkArgument(pilots >= 0, "defaultCapacity must not be negative but was %s", pilots);
      this.defaultCapacity = pilots;
      return this;
    }

    /** Adds a quota. */
    public Builder quota(Quota quota) {
      checkArgument(quota != null, "quota must not be null");
      quotas.add(quota);
      return this;
    }

    /** The startup must be in the cohort. */
    public Builder require(String startupId) {
      checkArgument(startupId != null && !startupId.isBlank(), "startupId must not be blank");
      required.add(startupId);
      return this;
    }

    /** The startup must stay out of the cohort. */
    public Builder exclude(String startupId) {
      checkArgument(startupId != null && !startupId.isBlank(), "startupId must not be blank");
      excluded.add(startupId);
      return this;
    }

    /** The fit below which a pair is never made (default 0). */
    public Builder minFit(double minFit) {
      checkArgument(
          minFit >= 0 && minFit <= 1, "minFit must be between 0 and 1 but was %s", minFit);
      this.minFit = minFit;
      return this;
    }

    /**
     * How much two alike startups meeting the same unit cost, as a share of a fit of 1 per unit of
     * likeness (default 0, none). Likeness is the overlap of their technology areas and tags.
     */
    public Builder diversity(double weight) {
      checkArgument(
          weight >= 0 && weight <= 1, "diversity must be between 0 and 1 but was %s", weight);
      this.diversity = weight;
      return this;
    }

    /** Raises the least-served unit's total fit first (default false). */
    public Builder fairness(boolean fairness) {
      this.fairness = fairness;
      return this;
    }

    /** How long the solver may search (default 60 s); past it, the best cohort found is used. */
    public Builder timeLimit(Duration limit) {
      checkArgument(
          limit != null && !limit.isNegative() && !limit.isZero(), "timeLimit must be positive");
      this.timeLimit = limit;
      return this;
    }

    /** How many of each need's best startups left out are explained (default 3). */
    public Builder leftOutPerNeed(int count) {
      checkArgument(count >= 0, "leftOutPerNeed must not be negative but was %s", count);
      this.leftOutPerNeed = count;
      return this;
    }

    /**
     * Returns the planner.
     *
     * @throws IllegalArgumentException if a startup is both required and excluded
     */
    public CohortPlanner build() {
      Set<String> both = new LinkedHashSet<>(required);
      both.retainAll(excluded);
      checkArgument(both.isEmpty(), "startups both required and excluded: %s", both);
      return new CohortPlanner(this);
    }
  }
}
