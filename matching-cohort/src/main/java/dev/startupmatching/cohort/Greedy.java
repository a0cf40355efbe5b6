package dev.startupmatching.cohort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The baseline the solver is measured against: pairs made best fit first, as far as the constraints
 * still allow. It knows the lower bounds without looking ahead: the startups that must be in come
 * first, then, for each lower quota, the best pairs of the startups it counts until it is met, then
 * every pair; and it admits no startup that would dilute a lower share below its bound. It can
 * still miss a bound that only a different choice earlier would have met.
 */
final class Greedy {
  private final CohortPlanner planner;
  private final Candidates candidates;
  private final List<Integer> chosen = new ArrayList<>();
  private final Set<Integer> chosenPairs = new HashSet<>();
  private final Map<Integer, Integer> usedByUnit = new HashMap<>();
  private final Map<Integer, Set<Integer>> unitsOfStartup = new HashMap<>();
  private final Set<Integer> inCohort = new HashSet<>();

  private Greedy(CohortPlanner planner, Candidates candidates) {
    this.planner = planner;
    this.candidates = candidates;
  }

  static Cohort plan(CohortPlanner planner, Candidates candidates) {
    long started = System.nanoTime();
    Greedy greedy = new Greedy(planner, candidates);
    greedy.fill(
        s -> planner.required.contains(candidates.startups.get(s)), Integer.MAX_VALUE, true, false);
    for (Quota quota : planner.quotas) {
      if (quota.atLeast()) {
        int target = (int) Math.ceil(quota.bound(planner.size) - 1e-9);
        greedy.fill(s -> counts(quota, candidates, s), target, false, false);
      }
    }
    greedy.fill(s -> true, Integer.MAX_VALUE, false, true);
    double objective = greedy.chosen.stream().mapToDouble(p -> candidates.pairs.get(p).fit()).sum();
    return Outcome.of(
        planner,
        candidates,
        greedy.chosen,
        objective,
        false,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Makes the best pairs of the startups the filter takes, until {@code target} of them are in the
   * cohort; with {@code onePairEach}, each startup gets only its best pair. With {@code
   * guardShares}, no startup is admitted that would dilute a lower share below its bound: the
   * phases before the last build those shares up.
   */
  private void fill(IntPredicate startups, int target, boolean onePairEach, boolean guardShares) {
    Set<Integer> placed = new HashSet<>();
    for (int p = 0; p < candidates.pairs.size(); p++) {
      int s = candidates.startupOf[p];
      if (!startups.test(s) || chosenPairs.contains(p) || (onePairEach && placed.contains(s))) {
        continue;
      }
      if (countIn(startups) >= target) {
        return;
      }
      if (admits(p, guardShares)) {
        make(p);
        placed.add(s);
      }
    }
  }

  private long countIn(IntPredicate startups) {
    return inCohort.stream().filter(startups::test).count();
  }

  private boolean admits(int p, boolean guardShares) {
    Pairing pair = candidates.pairs.get(p);
    int s = candidates.startupOf[p];
    int u = candidates.unitOf[p];
    Set<Integer> units = unitsOfStartup.getOrDefault(s, Set.of());
    if (usedByUnit.getOrDefault(u, 0) >= planner.capacity(pair.unit())
        || units.contains(u)
        || units.size() >= planner.unitsPerStartup) {
      return false;
    }
    if (inCohort.contains(s)) {
      return true;
    }
    if (inCohort.size() >= planner.size) {
      return false;
    }
    int grown = inCohort.size() + 1;
    for (Quota quota : planner.quotas) {
      boolean counted = counts(quota, candidates, s);
      long count = countIn(t -> counts(quota, candidates, t)) + (counted ? 1 : 0);
      double bound = quota.bound(grown);
      boolean breaks =
          quota.atLeast()
              ? guardShares && quota.share() && !counted && count < bound - 1e-9
              : counted && count > bound + 1e-9;
      if (breaks) {
        return false;
      }
    }
    return true;
  }

  private void make(int p) {
    int s = candidates.startupOf[p];
    chosen.add(p);
    chosenPairs.add(p);
    usedByUnit.merge(candidates.unitOf[p], 1, Integer::sum);
    unitsOfStartup.computeIfAbsent(s, k -> new HashSet<>()).add(candidates.unitOf[p]);
    inCohort.add(s);
  }

  private static boolean counts(Quota quota, Candidates candidates, int startup) {
    return quota.selector().matches(candidates.startupById.get(candidates.startups.get(startup)));
  }
}
