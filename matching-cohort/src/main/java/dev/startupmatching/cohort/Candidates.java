package dev.startupmatching.cohort;

import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate pairs as the solvers index them: each pair of a need and a startup once, with its
 * best fit; the pairs that may be made (fit at or above the minimum, startup not kept out, unit
 * with capacity) best fit first; the startups and units they involve.
 */
final class Candidates {
  /** Every pair given, each once: what the left-out explanations look at. */
  final List<Pairing> all;

  /** The pairs that may be made, best fit first, ties in rank and then id order. */
  final List<Pairing> pairs;

  final List<String> startups = new ArrayList<>();
  final Map<String, Integer> startupIndex = new HashMap<>();
  final Map<String, Startup> startupById = new HashMap<>();
  final List<String> units = new ArrayList<>();
  final Map<String, Integer> unitIndex = new HashMap<>();
  final int[] startupOf;
  final int[] unitOf;

  private Candidates(List<Pairing> all, List<Pairing> pairs) {
    this.all = all;
    this.pairs = pairs;
    this.startupOf = new int[pairs.size()];
    this.unitOf = new int[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      Pairing pair = pairs.get(p);
      String startup = pair.startup().id();
      Integer s = startupIndex.get(startup);
      if (s == null) {
        s = startups.size();
        startups.add(startup);
        startupIndex.put(startup, s);
      }
      startupOf[p] = s;
      String unit = pair.unit();
      Integer u = unitIndex.get(unit);
      if (u == null) {
        u = units.size();
        units.add(unit);
        unitIndex.put(unit, u);
      }
      unitOf[p] = u;
    }
    all.forEach(pair -> startupById.putIfAbsent(pair.startup().id(), pair.startup()));
  }

  /**
   * The planner's candidates.
   *
   * @throws CohortInfeasibleException if a startup that must be in has no pair that may be made
   */
  static Candidates of(CohortPlanner planner, List<Pairing> given) {
    Map<String, Pairing> unique = new LinkedHashMap<>();
    for (Pairing pair : given) {
      if (pair == null) {
        throw new IllegalArgumentException("candidates must not contain null");
      }
      unique.merge(
          pair.need().id() + "\u0000" + pair.startup().id(),
          pair,
          (a, b) -> b.fit() > a.fit() ? b : a);
    }
    List<Pairing> all = List.copyOf(unique.values());
    List<Pairing> pairs = new ArrayList<>();
    for (Pairing pair : all) {
      if (pair.fit() >= planner.minFit
          && !planner.excluded.contains(pair.startup().id())
          && planner.capacity(pair.unit()) > 0) {
        pairs.add(pair);
      }
    }
    pairs.sort(ORDER);
    Candidates candidates = new Candidates(all, pairs);
    for (String startup : planner.required) {
      if (!candidates.startupIndex.containsKey(startup)) {
        boolean listed = all.stream().anyMatch(p -> p.startup().id().equals(startup));
        throw new CohortInfeasibleException(
            listed
                ? List.of(mustBeIn(startup), minimumFit(planner.minFit))
                : List.of(mustBeIn(startup)),
            listed
                ? "none of its pairs has the minimum fit and a unit with capacity"
                : "it is in no need's candidates");
      }
    }
    return candidates;
  }

  /** Best fit first; equal fits by rank, then need and startup id, so that runs repeat. */
  static final Comparator<Pairing> ORDER =
      Comparator.comparingDouble((Pairing p) -> -p.fit())
          .thenComparingInt(Pairing::rank)
          .thenComparing(p -> p.need().id())
          .thenComparing(p -> p.startup().id());

  /** The fit as the solver weighs it. */
  static long weight(Pairing pair) {
    return Math.round(pair.fit() * CohortPlanner.FIT_SCALE);
  }

  static String size(int size) {
    return "cohort size <= " + size;
  }

  static String capacity(String unit, int capacity) {
    return "capacity of " + unit + " <= " + capacity;
  }

  static String mustBeIn(String startup) {
    return "startup " + startup + " must be in";
  }

  static String unitsPerStartup(int units) {
    return "at most " + units + (units == 1 ? " unit" : " units") + " per startup";
  }

  static String minimumFit(double minFit) {
    return String.format(Locale.ROOT, "minimum fit %.2f", minFit);
  }
}
