package dev.startupmatching.cohort;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The cohort as an integer program for CP-SAT: a 0/1 variable per candidate pair and per startup, a
 * linear constraint per capacity, quota and rule, and the total fit (in {@link
 * CohortPlanner#FIT_SCALE} units) as the objective.
 */
final class CpSatCohort {
  /** Two startups this alike, or more, that meet the same unit cost the diversity penalty. */
  private static final double ALIKE = 0.5;

  /** The longest one check of a set of constraints for a conflict may take. */
  private static final long CONFLICT_CHECK_SECONDS = 10;

  /** Of each unit's candidates, how many per pilot are compared for likeness. */
  private static final int ALIKE_PER_PILOT = 4;

  private final CohortPlanner planner;
  private final Candidates candidates;

  CpSatCohort(CohortPlanner planner, Candidates candidates) {
    this.planner = planner;
    this.candidates = candidates;
  }

  /** The variables and named constraints of one model. */
  private static final class Model {
    final CpModel model = new CpModel();
    BoolVar[] pairs;
    BoolVar[] startups;
    LinearExpr objective;
    IntVar leastServed;

    /** The names of the constraints a user set, whether or not this model holds them. */
    final List<String> named = new ArrayList<>();
  }

  Cohort solve() {
    Natives.load();
    long started = System.nanoTime();
    Model m = build(name -> true);
    CpSolver solver = solver();
    if (planner.fairness && m.leastServed != null) {
      m.model.maximize(m.leastServed);
      CpSolverStatus first = solver.solve(m.model);
      if (first == CpSolverStatus.INFEASIBLE) {
        throw infeasible();
      }
      checkSolved(first);
      m.model.addGreaterOrEqual(m.leastServed, solver.value(m.leastServed));
    }
    m.model.maximize(m.objective);
    CpSolverStatus status = solver.solve(m.model);
    if (status == CpSolverStatus.INFEASIBLE) {
      throw infeasible();
    }
    checkSolved(status);
    List<Integer> chosen = new ArrayList<>();
    for (int p = 0; p < m.pairs.length; p++) {
      if (solver.booleanValue(m.pairs[p])) {
        chosen.add(p);
      }
    }
    return Outcome.of(
        planner,
        candidates,
        chosen,
        solver.objectiveValue() / CohortPlanner.FIT_SCALE,
        status == CpSolverStatus.OPTIMAL,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private CpSolver solver() {
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(planner.timeLimit.toMillis() / 1000.0)
        .setNumWorkers(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())))
        .setRandomSeed(1);
    return solver;
  }

  private static void checkSolved(CpSolverStatus status) {
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException(
          "the solver found no cohort within its time limit (status " + status + ")");
    }
  }

  /**
   * Names a minimal set of the user's constraints that conflict: starting from all of them, each is
   * dropped in turn if the rest still admit no cohort. Each check solves a model that holds its
   * constraints outright, which the solver's presolve and linear relaxation refute at once; behind
   * assumptions, a count against a size can take it an exponential search.
   */
  private CohortInfeasibleException infeasible() {
    List<String> kept = new ArrayList<>(build(name -> true).named);
    for (String name : List.copyOf(kept)) {
      List<String> without = new ArrayList<>(kept);
      without.remove(name);
      if (infeasible(new HashSet<>(without))) {
        kept = without;
      }
    }
    if (kept.isEmpty()) {
      kept.add(Candidates.unitsPerStartup(planner.unitsPerStartup));
    }
    return new CohortInfeasibleException(kept, "");
  }

  /** True if no cohort meets the structural constraints and these named ones. */
  private boolean infeasible(Set<String> names) {
    Model m = build(names::contains);
    CpSolver solver = solver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(
            Math.max(1, Math.min(CONFLICT_CHECK_SECONDS, planner.timeLimit.toSeconds())));
    return solver.solve(m.model) == CpSolverStatus.INFEASIBLE;
  }

  /** The model with the named constraints {@code enabled} accepts, and every structural one. */
  private Model build(Predicate<String> enabled) {
    Model m = new Model();
    CpModel model = m.model;
    int pairCount = candidates.pairs.size();
    int startupCount = candidates.startups.size();
    m.pairs = new BoolVar[pairCount];
    for (int p = 0; p < pairCount; p++) {
      m.pairs[p] = model.newBoolVar("pair" + p);
    }
    m.startups = new BoolVar[startupCount];
    List<List<Integer>> pairsOfStartup = new ArrayList<>();
    for (int s = 0; s < startupCount; s++) {
      m.startups[s] = model.newBoolVar("startup" + s);
      pairsOfStartup.add(new ArrayList<>());
    }
    List<List<Integer>> pairsOfUnit = new ArrayList<>();
    candidates.units.forEach(u -> pairsOfUnit.add(new ArrayList<>()));
    Map<Long, List<Integer>> pairsOfStartupAndUnit = new LinkedHashMap<>();
    for (int p = 0; p < pairCount; p++) {
      pairsOfStartup.get(candidates.startupOf[p]).add(p);
      pairsOfUnit.get(candidates.unitOf[p]).add(p);
      pairsOfStartupAndUnit
          .computeIfAbsent(
              (long) candidates.startupOf[p] * candidates.units.size() + candidates.unitOf[p],
              k -> new ArrayList<>())
          .add(p);
    }

    // A startup is in when one of its pairs is made, and has at most M units, one need each.
    for (int s = 0; s < startupCount; s++) {
      LinearExpr made = sum(m.pairs, pairsOfStartup.get(s));
      model.addLessOrEqual(made, LinearExpr.term(m.startups[s], planner.unitsPerStartup));
      model.addGreaterOrEqual(made, m.startups[s]);
    }
    for (List<Integer> sameUnit : pairsOfStartupAndUnit.values()) {
      if (sameUnit.size() > 1) {
        model.addLessOrEqual(sum(m.pairs, sameUnit), 1);
      }
    }

    LinearExpr cohortSize = LinearExpr.sum(m.startups);
    named(
        m,
        enabled,
        Candidates.size(planner.size),
        () -> model.addLessOrEqual(cohortSize, planner.size));
    for (int u = 0; u < candidates.units.size(); u++) {
      String unit = candidates.units.get(u);
      int capacity = planner.capacity(unit);
      List<Integer> unitPairs = pairsOfUnit.get(u);
      named(
          m,
          enabled,
          Candidates.capacity(unit, capacity),
          () -> model.addLessOrEqual(sum(m.pairs, unitPairs), capacity));
    }
    for (Quota quota : planner.quotas) {
      List<Integer> counted = new ArrayList<>();
      for (int s = 0; s < startupCount; s++) {
        if (quota.selector().matches(candidates.startupById.get(candidates.startups.get(s)))) {
          counted.add(s);
        }
      }
      LinearExpr count = sum(m.startups, counted);
      named(
          m,
          enabled,
          quota.toString(),
          () -> {
            if (!quota.share()) {
              return quota.atLeast()
                  ? model.addGreaterOrEqual(count, (long) quota.amount())
                  : model.addLessOrEqual(count, (long) quota.amount());
            }
            // count >= share × size, in whole units of 1/FIT_SCALE.
            long share = Math.round(quota.amount() * CohortPlanner.FIT_SCALE);
            LinearExprBuilder difference = LinearExpr.newBuilder();
            difference.addTerm(count, CohortPlanner.FIT_SCALE);
            difference.addTerm(cohortSize, -share);
            return quota.atLeast()
                ? model.addGreaterOrEqual(difference, 0)
                : model.addLessOrEqual(difference, 0);
          });
    }
    for (String startup : planner.required) {
      BoolVar in = m.startups[candidates.startupIndex.get(startup)];
      named(m, enabled, Candidates.mustBeIn(startup), () -> model.addEquality(in, 1));
    }

    LinearExprBuilder objective = LinearExpr.newBuilder();
    for (int p = 0; p < pairCount; p++) {
      objective.addTerm(m.pairs[p], Candidates.weight(candidates.pairs.get(p)));
    }
    if (planner.diversity > 0) {
      addDiversityPenalty(m, pairsOfUnit, pairsOfStartupAndUnit, objective);
    }
    m.objective = objective.build();
    if (planner.fairness) {
      m.leastServed = model.newIntVar(0, Long.MAX_VALUE / 4, "leastServed");
      for (List<Integer> unitPairs : pairsOfUnit) {
        LinearExprBuilder served = LinearExpr.newBuilder();
        for (int p : unitPairs) {
          served.addTerm(m.pairs[p], Candidates.weight(candidates.pairs.get(p)));
        }
        model.addLessOrEqual(m.leastServed, served);
      }
    }
    return m;
  }

  /**
   * For each unit, a penalty on each two alike startups among its best candidates that both meet
   * it: a 0/1 variable forced to 1 when both do, weighed by their likeness.
   */
  private void addDiversityPenalty(
      Model m,
      List<List<Integer>> pairsOfUnit,
      Map<Long, List<Integer>> pairsOfStartupAndUnit,
      LinearExprBuilder objective) {
    for (int u = 0; u < pairsOfUnit.size(); u++) {
      int capacity = planner.capacity(candidates.units.get(u));
      List<Integer> best = new ArrayList<>();
      for (int p : pairsOfUnit.get(u)) {
        int s = candidates.startupOf[p];
        if (!best.contains(s)) {
          best.add(s);
        }
        if (best.size() >= ALIKE_PER_PILOT * capacity) {
          break;
        }
      }
      for (int i = 0; i < best.size(); i++) {
        for (int j = i + 1; j < best.size(); j++) {
          double alike =
              Likeness.of(
                  candidates.startupById.get(candidates.startups.get(best.get(i))),
                  candidates.startupById.get(candidates.startups.get(best.get(j))));
          if (alike < ALIKE) {
            continue;
          }
          long u2 = candidates.units.size();
          LinearExpr a = sum(m.pairs, pairsOfStartupAndUnit.get(best.get(i) * u2 + u));
          LinearExpr b = sum(m.pairs, pairsOfStartupAndUnit.get(best.get(j) * u2 + u));
          BoolVar both = m.model.newBoolVar("alike" + u + "_" + i + "_" + j);
          LinearExprBuilder sumBoth = LinearExpr.newBuilder();
          sumBoth.add(a);
          sumBoth.add(b);
          m.model.addLessOrEqual(sumBoth, LinearExpr.affine(both, 1, 1));
          objective.addTerm(both, -Math.round(planner.diversity * alike * CohortPlanner.FIT_SCALE));
        }
      }
    }
  }

  /** Adds the named constraint if enabled, and records its name either way. */
  private static void named(
      Model m, Predicate<String> enabled, String name, Supplier<Constraint> constraint) {
    m.named.add(name);
    if (enabled.test(name)) {
      constraint.get();
    }
  }

  private static LinearExpr sum(BoolVar[] variables, List<Integer> indexes) {
    LinearArgument[] chosen = new LinearArgument[indexes.size()];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = variables[indexes.get(i)];
    }
    return LinearExpr.sum(chosen);
  }

  /** Loads the solver's native library, once. */
  private static final class Natives {
    private static boolean loaded;

    static synchronized void load() {
      if (!loaded) {
        try {
          Loader.loadNativeLibraries();
        } catch (RuntimeException | LinkageError e) {
          throw new IllegalStateException(
              "the CP-SAT solver's native library did not load on "
                  + System.getProperty("os.name")
                  + " "
                  + System.getProperty("os.arch")
                  + ": "
                  + e.getMessage(),
              e);
        }
        loaded = true;
      }
    }
  }
}
