package dev.startupmatching.benchmarks.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.benchmarks.Options;
import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.cohort.Cohort;
import dev.startupmatching.cohort.CohortPlanner;
import dev.startupmatching.cohort.Pairing;
import dev.startupmatching.cohort.Quota;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Choosing a cohort at scale: the generated startups are matched against the generated needs, each
 * need's best N become candidate pairs, and the cohort planner chooses among them, several times;
 * the greedy baseline runs on the same pairs. The needs are spread over 15 units, each able to run
 * the cohort's size divided by 15 pilots, with quotas as a scouting team would set them.
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package && benchmarks/run cohort --docs 100000 --needs 60 --per-need 500
 * }</pre>
 */
public final class CohortBenchmark {
  private static final String USAGE =
      "usage: benchmarks/run cohort [--docs N] [--needs M] [--units U] [--per-need K]"
          + " [--size S] [--runs R] [--seed S]";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CohortBenchmark() {}

  /** Runs the benchmark; the last line of standard output is one JSON object of results. */
  public static void main(String[] args) throws Exception {
    Options options =
        Options.parse(
            args, Set.of("docs", "needs", "units", "per-need", "size", "runs", "seed"), USAGE);
    int docs = options.integer("docs", 100_000, 1);
    int needCount = options.integer("needs", 60, 1);
    int units = options.integer("units", 15, 1);
    int perNeed = options.integer("per-need", 500, 1);
    int size = options.integer("size", 300, 1);
    int runs = options.integer("runs", 3, 1);
    long seed = options.number("seed", 42);

    CorpusGenerator corpus = CorpusGenerator.withSeed(seed);
    List<Need> needs = new ArrayList<>();
    int i = 0;
    for (Need need : corpus.needs(needCount).toList()) {
      needs.add(need.toBuilder().unit("unit-" + (i++ % units)).build());
    }
    log("indexing %,d startups", docs);
    long started = System.nanoTime();
    List<Pairing> pairs = new ArrayList<>();
    try (StartupMatcher matcher =
        Matching.builder().startups(() -> corpus.startups(docs).iterator()).build()) {
      log(
          "indexed in %.1f s; matching %d needs, the best %d each",
          seconds(started), needCount, perNeed);
      MatchOptions top = MatchOptions.builder().topK(perNeed).minFit(0).explain(false).build();
      started = System.nanoTime();
      for (Need need : needs) {
        pairs.addAll(Pairing.of(need, matcher.match(need, top)));
      }
      log("matched in %.1f s", seconds(started));
    }
    Set<String> candidates = new HashSet<>();
    pairs.forEach(p -> candidates.add(p.startup().id()));

    CohortPlanner planner =
        CohortPlanner.builder()
            .size(size)
            .defaultCapacity((size + units - 1) / units)
            .quota(Quota.parse("region:China>=40%"))
            .quota(Quota.parse("area:production<=20%"))
            .quota(Quota.parse("area:electrification<=20%"))
            .quota(Quota.parse("stage:seed>=30"))
            .minFit(0.3)
            .timeLimit(Duration.ofSeconds(120))
            .build();
    double[] solveSeconds = new double[runs];
    Cohort cohort = null;
    for (int run = 0; run < runs; run++) {
      System.gc();
      long before = usedHeap();
      started = System.nanoTime();
      cohort = planner.plan(pairs);
      solveSeconds[run] = seconds(started);
      log(
          "run %d: %d startups, total fit %.2f, %s, %.2f s, heap %+.0f MB",
          run + 1,
          cohort.size(),
          cohort.totalFit(),
          cohort.optimal() ? "optimal" : "best found",
          solveSeconds[run],
          (usedHeap() - before) / 1e6);
    }
    started = System.nanoTime();
    Cohort greedy = planner.planGreedily(pairs);
    double greedySeconds = seconds(started);
    List<String> greedyBreaks =
        greedy.constraints().stream().filter(c -> c.slack() < -1e-9).map(c -> c.name()).toList();
    Arrays.sort(solveSeconds);
    // Without lower bounds greedy always meets the constraints, so its shortfall can be measured.
    CohortPlanner upperOnly =
        CohortPlanner.builder()
            .size(size)
            .defaultCapacity((size + units - 1) / units)
            .quota(Quota.parse("area:production<=20%"))
            .quota(Quota.parse("area:electrification<=20%"))
            .minFit(0.3)
            .timeLimit(Duration.ofSeconds(120))
            .build();
    started = System.nanoTime();
    Cohort upperOnlyCohort = upperOnly.plan(pairs);
    double upperOnlySeconds = seconds(started);
    Cohort upperOnlyGreedy = upperOnly.planGreedily(pairs);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("docs", docs);
    result.put("needs", needCount);
    result.put("units", units);
    result.put("perNeed", perNeed);
    result.put("pairs", pairs.size());
    result.put("candidateStartups", candidates.size());
    result.put("size", size);
    result.put("chosen", cohort.size());
    result.put("optimal", cohort.optimal());
    result.put("totalFit", round(cohort.totalFit()));
    result.put("solveSecondsMedian", round(solveSeconds[runs / 2]));
    result.put("greedyTotalFit", round(greedy.totalFit()));
    result.put("greedyBreaks", greedyBreaks);
    result.put("greedySeconds", round(greedySeconds));
    result.put(
        "binding",
        cohort.binding().stream()
            .map(c -> c.name())
            .filter(n -> !n.startsWith("capacity"))
            .toList());
    result.put("upperQuotasOnlyTotalFit", round(upperOnlyCohort.totalFit()));
    result.put("upperQuotasOnlyOptimal", upperOnlyCohort.optimal());
    result.put("upperQuotasOnlySeconds", round(upperOnlySeconds));
    result.put("upperQuotasOnlyGreedyTotalFit", round(upperOnlyGreedy.totalFit()));
    result.put(
        "upperQuotasOnlyGreedyBreaks",
        upperOnlyGreedy.constraints().stream()
            .filter(c -> c.slack() < -1e-9)
            .map(c -> c.name())
            .toList());
    result.put("heapAfterMb", Math.round(usedHeap() / 1e6));
    System.out.println(JSON.writeValueAsString(result));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void log(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
  }
}
