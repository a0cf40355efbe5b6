package dev.startupmatching.cohort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cohort from the chosen pairs, whoever chose them: how it stands against each constraint, the
 * capacity left, why each startup is in and why each need's best left out are out.
 */
final class Outcome {
  private final CohortPlanner planner;
  private final Candidates candidates;
  private final List<Pairing> chosen;
  private final Map<String, List<Pairing>> chosenByStartup = new HashMap<>();
  private final Map<String, List<Pairing>> chosenByUnit = new LinkedHashMap<>();
  private final Set<String> chosenKeys = new HashSet<>();
  private final List<ConstraintReport> reports = new ArrayList<>();

  private Outcome(CohortPlanner planner, Candidates candidates, List<Pairing> chosen) {
    this.planner = planner;
    this.candidates = candidates;
    this.chosen = chosen;
    for (Pairing pair : chosen) {
      chosenByStartup.computeIfAbsent(pair.startup().id(), k -> new ArrayList<>()).add(pair);
      chosenByUnit.computeIfAbsent(pair.unit(), k -> new ArrayList<>()).add(pair);
      chosenKeys.add(key(pair));
    }
  }

  static Cohort of(
      CohortPlanner planner,
      Candidates candidates,
      List<Integer> chosenPairs,
      double objective,
      boolean optimal,
      Duration solveTime) {
    List<Pairing> chosen = new ArrayList<>();
    chosenPairs.forEach(p -> chosen.add(candidates.pairs.get(p)));
    return new Outcome(planner, candidates, chosen).cohort(objective, optimal, solveTime);
  }

  private Cohort cohort(double objective, boolean optimal, Duration solveTime) {
    int size = chosenByStartup.size();
    report(Candidates.size(planner.size), size, planner.size, planner.size - size);
    Map<String, Integer> unfilled = new LinkedHashMap<>();
    for (String unit : candidates.units) {
      int capacity = planner.capacity(unit);
      int used = chosenByUnit.getOrDefault(unit, List.of()).size();
      report(Candidates.capacity(unit, capacity), used, capacity, capacity - used);
      unfilled.put(unit, capacity - used);
    }
    planner.capacities.forEach((unit, capacity) -> unfilled.putIfAbsent(unit, capacity));
    for (Quota quota : planner.quotas) {
      long count =
          chosenByStartup.keySet().stream()
              .filter(id -> quota.selector().matches(candidates.startupById.get(id)))
              .count();
      double bound = quota.bound(size);
      report(quota.toString(), count, bound, quota.atLeast() ? count - bound : bound - count);
    }
    for (String startup : planner.required) {
      int in = chosenByStartup.containsKey(startup) ? 1 : 0;
      report(Candidates.mustBeIn(startup), in, 1, in - 1);
    }
    int mostUnits = chosenByStartup.values().stream().mapToInt(List::size).max().orElse(0);
    report(
        Candidates.unitsPerStartup(planner.unitsPerStartup),
        mostUnits,
        planner.unitsPerStartup,
        planner.unitsPerStartup - mostUnits);
    reports.sort(
        Comparator.comparing((ConstraintReport r) -> !r.binding())
            .thenComparingDouble(ConstraintReport::slack));

    List<Assignment> assignments = new ArrayList<>();
    chosenByUnit.values().stream()
        .flatMap(List::stream)
        .sorted(
            Comparator.comparing(Pairing::unit)
                .thenComparing(Comparator.comparingDouble(Pairing::fit).reversed())
                .thenComparing(p -> p.startup().id()))
        .forEach(pair -> assignments.add(new Assignment(pair, whyIn(pair))));
    double totalFit = chosen.stream().mapToDouble(Pairing::fit).sum();
    return new Cohort(
        assignments, objective, totalFit, reports, unfilled, leftOut(), optimal, solveTime);
  }

  private void report(String name, double value, double bound, double slack) {
    reports.add(new ConstraintReport(name, value, bound, slack));
  }

  private boolean binds(String name) {
    return reports.stream().anyMatch(r -> r.name().equals(name) && r.binding());
  }

  private String whyIn(Pairing pair) {
    StringBuilder why = new StringBuilder();
    if (planner.required.contains(pair.startup().id())) {
      why.append("asked to be in; ");
    }
    why.append(
        String.format(
            Locale.ROOT,
            "fit %.2f, rank %d of need %s, met by %s",
            pair.fit(),
            pair.rank(),
            pair.need().id(),
            pair.unit()));
    for (Quota quota : planner.quotas) {
      if (quota.atLeast() && binds(quota.toString()) && quota.selector().matches(pair.startup())) {
        why.append("; counts toward ").append(quota);
      }
    }
    return why.toString();
  }

  /** Each need's best pairs, up to the planner's number, that the cohort does not make. */
  private List<LeftOut> leftOut() {
    Map<String, List<Pairing>> byNeed = new LinkedHashMap<>();
    candidates.all.forEach(
        pair -> byNeed.computeIfAbsent(pair.need().id(), k -> new ArrayList<>()).add(pair));
    List<LeftOut> leftOut = new ArrayList<>();
    for (List<Pairing> needPairs : byNeed.values()) {
      needPairs.sort(Comparator.comparingInt(Pairing::rank));
      int explained = 0;
      for (Pairing pair : needPairs) {
        if (explained == planner.leftOutPerNeed) {
          break;
        }
        if (!chosenKeys.contains(key(pair))) {
          leftOut.add(new LeftOut(pair, whyOut(pair)));
          explained++;
        }
      }
    }
    return leftOut;
  }

  private String whyOut(Pairing pair) {
    String startup = pair.startup().id();
    if (planner.excluded.contains(startup)) {
      return "kept out, as asked";
    }
    if (pair.fit() < planner.minFit) {
      return String.format(
          Locale.ROOT, "its fit %.2f is below the minimum %.2f", pair.fit(), planner.minFit);
    }
    int capacity = planner.capacity(pair.unit());
    if (capacity == 0) {
      return "its unit " + pair.unit() + " has no capacity for pilots";
    }
    List<Pairing> own = chosenByStartup.getOrDefault(startup, List.of());
    for (Pairing other : own) {
      if (other.unit().equals(pair.unit())) {
        return "already meets " + other.unit() + " for need " + other.need().id();
      }
    }
    if (own.size() >= planner.unitsPerStartup) {
      Pairing other = own.get(0);
      return "already in the cohort with "
          + other.unit()
          + " (need "
          + other.need().id()
          + "), and a startup meets at most "
          + planner.unitsPerStartup
          + (planner.unitsPerStartup == 1 ? " unit" : " units");
    }
    List<Pairing> unit = chosenByUnit.getOrDefault(pair.unit(), List.of());
    if (unit.size() >= capacity) {
      double lowest = unit.stream().mapToDouble(Pairing::fit).min().orElse(0);
      if (lowest >= pair.fit()) {
        return String.format(
            Locale.ROOT,
            "%s's capacity (%d) was used by better fits, the lowest %.2f",
            pair.unit(),
            capacity,
            lowest);
      }
    }
    if (own.isEmpty()) {
      String quota = quotaBrokenByAdding(pair);
      if (quota != null) {
        return "adding it would break the quota " + quota;
      }
    }
    if (chosenByStartup.size() >= planner.size) {
      double lowest = chosen.stream().mapToDouble(Pairing::fit).min().orElse(0);
      if (lowest >= pair.fit()) {
        return String.format(
            Locale.ROOT,
            "the cohort's %d places went to better fits, the lowest %.2f",
            planner.size,
            lowest);
      }
    }
    List<String> binding =
        reports.stream().filter(ConstraintReport::binding).map(ConstraintReport::name).toList();
    return binding.isEmpty()
        ? "a cohort without it has a higher objective"
        : "a cohort without it has a higher objective under " + String.join(", ", binding);
  }

  /** The first quota that taking the pair's startup into the cohort as it is would break. */
  private String quotaBrokenByAdding(Pairing pair) {
    int size = chosenByStartup.size() + 1;
    for (Quota quota : planner.quotas) {
      boolean counted = quota.selector().matches(pair.startup());
      long count =
          chosenByStartup.keySet().stream()
                  .filter(id -> quota.selector().matches(candidates.startupById.get(id)))
                  .count()
              + (counted ? 1 : 0);
      double bound = quota.bound(size);
      boolean broken = quota.atLeast() ? count < bound - 1e-9 : count > bound + 1e-9;
      // Taking it breaks a lower bound only by growing the cohort, an upper one only by counting.
      if (broken && quota.atLeast() != counted) {
        return quota.toString();
      }
    }
    return null;
  }

  private static String key(Pairing pair) {
    return pair.need().id() + "\u0000" + pair.startup().id();
  }
}
