package dev.startupmatching.cohort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the solver is measured against: the startups that must be in take their best pair
 * first, then every pair in order of fit is made if the constraints still allow it. Upper bounds
 * hold; lower bounds are met only if the order happens to meet them.
 */
final class Greedy {
  private Greedy() {}

  static Cohort plan(CohortPlanner planner, Candidates candidates) {
    long started = System.nanoTime();
    List<Integer> chosen = new ArrayList<>();
    Map<Integer, Integer> usedByUnit = new HashMap<>();
    Map<Integer, Set<Integer>> unitsOfStartup = new HashMap<>();
    Set<Integer> inCohort = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < candidates.pairs.size(); p++) {
      if (planner.required.contains(candidates.pairs.get(p).startup().id())) {
        order.add(p);
      }
    }
    for (int p = 0; p < candidates.pairs.size(); p++) {
      if (!planner.required.contains(candidates.pairs.get(p).startup().id())) {
        order.add(p);
      }
    }
    Set<Integer> requiredPlaced = new HashSet<>();
    for (int p : order) {
      Pairing pair = candidates.pairs.get(p);
      int s = candidates.startupOf[p];
      int u = candidates.unitOf[p];
      boolean required = planner.required.contains(pair.startup().id());
      if (required && requiredPlaced.contains(s)) {
        continue;
      }
      Set<Integer> units = unitsOfStartup.getOrDefault(s, Set.of());
      boolean newcomer = !inCohort.contains(s);
      if (usedByUnit.getOrDefault(u, 0) >= planner.capacity(pair.unit())
          || units.contains(u)
          || units.size() >= planner.unitsPerStartup
          || (newcomer && inCohort.size() >= planner.size)
          || (newcomer && exceedsUpperQuota(planner, candidates, inCohort, s))) {
        continue;
      }
      chosen.add(p);
      usedByUnit.merge(u, 1, Integer::sum);
      unitsOfStartup.computeIfAbsent(s, k -> new HashSet<>()).add(u);
      inCohort.add(s);
      if (required) {
        requiredPlaced.add(s);
      }
    }
    double objective = chosen.stream().mapToDouble(p -> candidates.pairs.get(p).fit()).sum();
    return Outcome.of(
        planner,
        candidates,
        chosen,
        objective,
        false,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** True if adding the startup would break an upper quota of the cohort as it grows. */
  private static boolean exceedsUpperQuota(
      CohortPlanner planner, Candidates candidates, Set<Integer> inCohort, int newcomer) {
    for (Quota quota : planner.quotas) {
      if (quota.atLeast()
          || !quota
              .selector()
              .matches(candidates.startupById.get(candidates.startups.get(newcomer)))) {
        continue;
      }
      long counted =
          inCohort.stream()
                  .filter(
                      s ->
                          quota
                              .selector()
                              .matches(candidates.startupById.get(candidates.startups.get(s))))
                  .count()
              + 1;
      if (counted > quota.bound(inCohort.size() + 1) + 1e-9) {
        return true;
      }
    }
    return false;
  }
}
