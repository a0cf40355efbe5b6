package dev.startupmatching.cohort;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random cohort problems for the property tests, and an independent check of a cohort against every
 * constraint: the brute force and the checks share nothing with the planner but its inputs.
 */
final class RandomInstances {
  private static final List<String> COUNTRIES = List.of("China", "Germany", "United States");
  private static final List<String> TAGS = List.of("lidar", "battery", "charging", "maps", "robot");

  private RandomInstances() {}

  /** A problem: the candidates and a planner with random constraints. */
  record Instance(List<Pairing> pairs, CohortPlanner planner, String description) {}

  static Instance random(long seed, int startups, int needs, int units, double pairShare) {
    Random random = new Random(seed);
    List<Startup> all = new ArrayList<>();
    for (int s = 0; s < startups; s++) {
      all.add(
          Startup.builder("s" + s, "Startup " + s)
              .description("startup " + s)
              .country(COUNTRIES.get(random.nextInt(COUNTRIES.size())))
              .tags(List.of(TAGS.get(random.nextInt(TAGS.size())), TAGS.get(random.nextInt(2))))
              .build());
    }
    List<Pairing> pairs = new ArrayList<>();
    for (int n = 0; n < needs; n++) {
      Need need = Need.builder("n" + n, "need " + n).unit("u" + random.nextInt(units)).build();
      int rank = 1;
      for (Startup startup : all) {
        if (random.nextDouble() < pairShare) {
          pairs.add(new Pairing(need, startup, random.nextInt(101) / 100.0, rank++));
        }
      }
    }
    CohortPlanner.Builder planner =
        CohortPlanner.builder()
            .size(1 + random.nextInt(Math.max(1, startups - 1)))
            .unitsPerStartup(1 + random.nextInt(2))
            .defaultCapacity(random.nextInt(3))
            .minFit(random.nextInt(4) / 10.0);
    StringBuilder description = new StringBuilder("seed " + seed);
    for (int u = 0; u < units; u++) {
      if (random.nextBoolean()) {
        planner.capacity("u" + u, 1 + random.nextInt(3));
      }
    }
    switch (random.nextInt(5)) {
      case 0 -> planner.quota(Quota.parse("region:China>=" + (20 + random.nextInt(50)) + "%"));
      case 1 -> planner.quota(Quota.parse("region:China<=" + random.nextInt(3)));
      case 2 -> planner.quota(Quota.parse("region:Europe>=1"));
      case 3 ->
          planner.quota(Quota.parse("region:United States<=" + (20 + random.nextInt(50)) + "%"));
      default -> {}
    }
    String required = null;
    if (random.nextInt(4) == 0 && !all.isEmpty()) {
      required = all.get(random.nextInt(all.size())).id();
      planner.require(required);
      description.append(", requires ").append(required);
    }
    if (random.nextInt(4) == 0 && !all.isEmpty()) {
      String excluded = all.get(random.nextInt(all.size())).id();
      if (!excluded.equals(required)) {
        planner.exclude(excluded);
      }
    }
    CohortPlanner built = planner.build();
    return new Instance(pairs, built, description.toString());
  }

  /**
   * The highest total weight (fits in the solver's units) of any set of pairs meeting every
   * constraint, found by trying every set; empty if none does.
   */
  static java.util.OptionalLong bruteForce(Instance instance) {
    CohortPlanner planner = instance.planner();
    List<Pairing> eligible = new ArrayList<>();
    Map<String, Pairing> unique = new HashMap<>();
    for (Pairing pair : instance.pairs()) {
      unique.merge(
          pair.need().id() + "/" + pair.startup().id(), pair, (a, b) -> b.fit() > a.fit() ? b : a);
    }
    for (Pairing pair : unique.values()) {
      if (pair.fit() >= planner.minFit
          && !planner.excluded.contains(pair.startup().id())
          && planner.capacity(pair.unit()) > 0) {
        eligible.add(pair);
      }
    }
    if (eligible.size() > 20) {
      throw new IllegalArgumentException("too many pairs to try every set: " + eligible.size());
    }
    long best = -1;
    for (int mask = 0; mask < (1 << eligible.size()); mask++) {
      List<Pairing> chosen = new ArrayList<>();
      long weight = 0;
      for (int i = 0; i < eligible.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          chosen.add(eligible.get(i));
          weight += Math.round(eligible.get(i).fit() * CohortPlanner.FIT_SCALE);
        }
      }
      if (weight > best && violations(planner, chosen).isEmpty()) {
        best = weight;
      }
    }
    return best < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(best);
  }

  /** What the chosen pairs break, as one line each; empty when they meet every constraint. */
  static List<String> violations(CohortPlanner planner, List<Pairing> chosen) {
    List<String> broken = new ArrayList<>();
    Map<String, Integer> perUnit = new HashMap<>();
    Map<String, Set<String>> unitsOfStartup = new HashMap<>();
    Map<String, Startup> startups = new HashMap<>();
    for (Pairing pair : chosen) {
      String id = pair.startup().id();
      startups.put(id, pair.startup());
      if (pair.fit() < planner.minFit) {
        broken.add("fit below the minimum: " + pair);
      }
      if (planner.excluded.contains(id)) {
        broken.add("excluded startup in: " + id);
      }
      perUnit.merge(pair.unit(), 1, Integer::sum);
      if (!unitsOfStartup.computeIfAbsent(id, k -> new HashSet<>()).add(pair.unit())) {
        broken.add("two needs of one unit for " + id);
      }
    }
    perUnit.forEach(
        (unit, used) -> {
          if (used > planner.capacity(unit)) {
            broken.add("capacity of " + unit);
          }
        });
    unitsOfStartup.forEach(
        (id, units) -> {
          if (units.size() > planner.unitsPerStartup) {
            broken.add("units per startup for " + id);
          }
        });
    int size = startups.size();
    if (size > planner.size) {
      broken.add("size " + size);
    }
    for (Quota quota : planner.quotas) {
      long count = startups.values().stream().filter(quota.selector()::matches).count();
      boolean ok;
      if (quota.share()) {
        long scaled = count * CohortPlanner.FIT_SCALE;
        long bound = Math.round(quota.amount() * CohortPlanner.FIT_SCALE) * size;
        ok = quota.atLeast() ? scaled >= bound : scaled <= bound;
      } else {
        ok = quota.atLeast() ? count >= quota.amount() : count <= quota.amount();
      }
      if (!ok) {
        broken.add("quota " + quota + " with " + count + " of " + size);
      }
    }
    for (String required : planner.required) {
      if (!startups.containsKey(required)) {
        broken.add("required startup out: " + required);
      }
    }
    return broken;
  }

  /** The chosen pairs of a cohort. */
  static List<Pairing> pairs(Cohort cohort) {
    return cohort.assignments().stream().map(Assignment::pairing).toList();
  }
}
