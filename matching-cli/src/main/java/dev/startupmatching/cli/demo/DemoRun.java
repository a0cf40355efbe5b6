package dev.startupmatching.cli.demo;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.cohort.Cohort;
import dev.startupmatching.cohort.CohortPlanner;
import dev.startupmatching.cohort.Pairing;
import dev.startupmatching.cohort.Quota;
import dev.startupmatching.eval.Metrics;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in example matched: every unit with its needs, each need with its top matches and their
 * quality against the example's judgments. Immutable once computed.
 */
public final class DemoRun {
  /** One need's results. */
  public record NeedResult(Need need, Matches matches, double ndcgAt10, boolean topRelevant) {}

  /** One unit and the results of its needs. */
  public record UnitResult(BusinessUnit unit, List<NeedResult> needs) {}

  /**
   * The example's cohort: twelve startups, two pilots per unit, at least 40% of them from China
   * (the Joint Innovation Base in Shanghai), no pair below a fit of 0.5.
   */
  public static final CohortPlanner COHORT =
      CohortPlanner.builder()
          .size(12)
          .defaultCapacity(2)
          .quota(Quota.parse("region:China>=40%"))
          .minFit(0.5)
          .build();

  private final ImmutableList<UnitResult> units;
  private final Qrels qrels;
  private final Cohort cohort;
  private final Cohort greedyCohort;

  private DemoRun(ImmutableList<UnitResult> units, Qrels qrels) {
    this.units = units;
    this.qrels = qrels;
    List<Pairing> pairs = new ArrayList<>();
    for (NeedResult result : needs()) {
      pairs.addAll(Pairing.of(result.need(), result.matches()));
    }
    this.cohort = COHORT.plan(pairs);
    this.greedyCohort = COHORT.planGreedily(pairs);
  }

  /**
   * Matches every need of every unit; each need's matches are at least its top 10, so that nDCG@10
   * can be computed.
   */
  public static DemoRun run(
      StartupMatcher matcher, List<BusinessUnit> units, List<Need> needs, Qrels qrels, int top) {
    MatchOptions options = MatchOptions.top(Math.max(10, top));
    ImmutableList.Builder<UnitResult> results = ImmutableList.builder();
    for (BusinessUnit unit : units) {
      ImmutableList.Builder<NeedResult> needResults = ImmutableList.builder();
      for (Need need : needs) {
        if (need.unit().filter(u -> u.equals(unit.id()) || u.equals(unit.name())).isEmpty()) {
          continue;
        }
        Matches matches = matcher.match(need, options);
        List<String> ranked = matches.stream().map(m -> m.startup().id()).toList();
        boolean topRelevant =
            !ranked.isEmpty() && qrels.grades(need.id()).getOrDefault(ranked.get(0), 0) > 0;
        needResults.add(
            new NeedResult(
                need, matches, Metrics.ndcg(ranked, qrels.grades(need.id()), 10), topRelevant));
      }
      results.add(new UnitResult(unit, needResults.build()));
    }
    return new DemoRun(results.build(), qrels);
  }

  /** The units in order, each with its needs' results. */
  public ImmutableList<UnitResult> units() {
    return units;
  }

  /** The cohort {@link #COHORT} chooses from each need's matches. */
  public Cohort cohort() {
    return cohort;
  }

  /** The greedy baseline's cohort from the same matches. */
  public Cohort greedyCohort() {
    return greedyCohort;
  }

  /** The judgments the results were scored against. */
  public Qrels qrels() {
    return qrels;
  }

  /** Every need's result, unit by unit. */
  public List<NeedResult> needs() {
    return units.stream().flatMap(u -> u.needs().stream()).toList();
  }

  /** Mean nDCG@10 over all needs. */
  public double meanNdcgAt10() {
    return needs().stream().mapToDouble(NeedResult::ndcgAt10).average().orElse(0);
  }

  /** The number of needs whose top match is judged relevant. */
  public long topRelevantCount() {
    return needs().stream().filter(NeedResult::topRelevant).count();
  }
}
