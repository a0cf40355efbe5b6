package dev.startupmatching.batch;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.Aggregation;
import dev.startupmatching.unit.UnitRanker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the needs, and the business units, that one startup fits: the view of a startup-facing
 * portal. It is a loop over the needs' own rankings, not a second way of scoring: a startup fits a
 * need when that need's ranking puts it within the first {@code depth} places and its {@link
 * dev.startupmatching.match.Match#fit} reaches the minimum fit (so a need with no good match, whose
 * result is empty, is fitted by no startup), and what it lists for the need is the startup's match
 * in that ranking: its rank, score and explanation there.
 *
 * <p>The needs are ordered by score. With the default scoring model, scores of different needs
 * share one scale, 0 to 1, so they may be ordered together and combined per unit; but a score says
 * where the startup stands among a need's candidates (its text relevance is relative to the need's
 * best candidate), not how well it fits, so the order tells in which needs' rankings the startup
 * stands out most, not which needs it fits best. Each match's {@link
 * dev.startupmatching.match.Match#fit} compares across needs; see {@link
 * dev.startupmatching.match.Match#score}.
 *
 * <p>Each call matches every need, in parallel; thread-safe if the matcher is.
 */
public final class ReverseMatcher {
  /**
   * How deep in each need's ranking a startup counts as fitting, by default: as deep as a unit
   * ranking of the default top K looks ({@link UnitRanker#needDepth}).
   */
  public static final int DEFAULT_DEPTH = 100;

  private final StartupMatcher matcher;
  private final int depth;
  private final int threads;
  private final double minFit;

  private ReverseMatcher(StartupMatcher matcher, int depth, int threads, double minFit) {
    this.matcher = matcher;
    this.depth = depth;
    this.threads = threads;
    this.minFit = minFit;
  }

  /**
   * Returns a reverse matcher over the matcher, {@link #DEFAULT_DEPTH} deep, with one thread per
   * available processor.
   */
  public static ReverseMatcher of(StartupMatcher matcher) {
    return of(matcher, DEFAULT_DEPTH, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns a reverse matcher over the matcher.
   *
   * @param depth how deep in a need's ranking the startup must be to fit it, 1 to {@link
   *     MatchOptions#MAX_TOP_K}
   * @param threads how many needs are matched at once, at least 1
   */
  public static ReverseMatcher of(StartupMatcher matcher, int depth, int threads) {
    checkArgument(matcher != null, "matcher must not be null");
    checkArgument(
        depth >= 1 && depth <= MatchOptions.MAX_TOP_K,
        "depth must be between 1 and %s but was %s",
        MatchOptions.MAX_TOP_K,
        depth);
    checkArgument(threads >= 1, "threads must be at least 1 but was %s", threads);
    return new ReverseMatcher(matcher, depth, threads, MatchOptions.DEFAULT_MIN_FIT);
  }

  /**
   * Returns a copy that counts a startup as fitting a need only when its fit reaches {@code
   * minFit}, from 0 to 1; {@link MatchOptions#DEFAULT_MIN_FIT} by default.
   */
  public ReverseMatcher withMinFit(double minFit) {
    checkArgument(minFit >= 0 && minFit <= 1, "minFit must be between 0 and 1 but was %s", minFit);
    return new ReverseMatcher(matcher, depth, threads, minFit);
  }

  /**
   * Returns the needs the startup fits, as {@link #needsFor(String, List, BatchListener)} does,
   * telling no one of progress: a need the matcher rejects is left out without a word.
   *
   * @param startupId the id of a startup the matcher ranks
   * @param needs the needs to try, with distinct ids
   * @throws IllegalArgumentException if no startup of the matcher has that id
   * @throws UnsupportedOperationException if the matcher cannot look startups up by id ({@link
   *     StartupMatcher#startup}); the Lucene matcher can
   */
  public List<NeedFit> needsFor(String startupId, List<Need> needs) {
    return needsFor(startupId, needs, BatchListener.NONE);
  }

  /**
   * Returns the needs the startup fits, best fit first (equal fits by need id). The matches carry
   * no explanation; {@link #explain} adds them to the fits worth showing.
   *
   * <p>An id that no startup of the matcher has is refused before any need is matched, so that a
   * mistyped id is not taken for a startup that fits nothing.
   *
   * @param startupId the id of a startup the matcher ranks
   * @param needs the needs to try, with distinct ids
   * @param listener told of each need's progress and of needs that could not be matched
   * @throws IllegalArgumentException if no startup of the matcher has that id
   * @throws UnsupportedOperationException if the matcher cannot look startups up by id ({@link
   *     StartupMatcher#startup}); the Lucene matcher can
   */
  public List<NeedFit> needsFor(String startupId, List<Need> needs, BatchListener listener) {
    checkArgument(startupId != null && !startupId.isBlank(), "startupId must not be blank");
    checkArgument(needs != null, "needs must not be null");
    checkArgument(listener != null, "listener must not be null");
    checkArgument(matcher.startup(startupId).isPresent(), "no startup has id %s", startupId);
    List<NeedFit> fits = new ArrayList<>();
    MatchOptions options = MatchOptions.builder().topK(depth).explain(false).minFit(minFit).build();
    try {
      BatchMatcher.builder(matcher)
          .options(options)
          .threads(threads)
          .listener(listener)
          .build()
          .run(
              needs,
              (need, matches) ->
                  matches.stream()
                      .filter(m -> m.startup().id().equals(startupId) && m.fit() >= minFit)
                      .findFirst()
                      .ifPresent(m -> fits.add(new NeedFit(need, m))));
    } catch (IOException e) {
      // The sink above only adds to a list.
      throw new UncheckedIOException(e);
    }
    fits.sort(
        Comparator.comparingDouble((NeedFit f) -> -f.match().score())
            .thenComparing(f -> f.need().id()));
    return ImmutableList.copyOf(fits);
  }

  /**
   * Returns the fits with their explanations: each need ranked again, as deep as the startup's
   * rank, which gives the same ranking with explanations.
   *
   * @param fits fits from {@link #needsFor}, in the order to keep
   * @throws IllegalStateException if a need now ranks the startup elsewhere, as when the startups
   *     changed in between
   */
  public List<NeedFit> explain(List<NeedFit> fits) {
    checkArgument(fits != null, "fits must not be null");
    ImmutableList.Builder<NeedFit> explained = ImmutableList.builderWithExpectedSize(fits.size());
    for (NeedFit fit : fits) {
      int rank = fit.match().rank();
      List<Match> matches =
          matcher.match(
              fit.need(), MatchOptions.builder().topK(rank).explain(true).minFit(minFit).build());
      Match match = matches.isEmpty() ? null : matches.getLast();
      if (match == null
          || matches.size() != rank
          || !match.startup().id().equals(fit.match().startup().id())) {
        throw new IllegalStateException(
            "need "
                + fit.need().id()
                + " no longer ranks startup "
                + fit.match().startup().id()
                + " at "
                + rank
                + "; did the startups change?");
      }
      explained.add(new NeedFit(fit.need(), match));
    }
    return explained.build();
  }

  /**
   * Returns the units whose needs the startup fits, best first (equal fits by unit id), each
   * combining the startup's fits to its needs by the aggregation as {@link UnitRanker} does.
   *
   * @param fits the startup's fits, best first, from {@link #needsFor}
   * @param units the units
   * @param needs every need tried, so that a unit's needs the startup does not fit count as 0
   */
  public static List<UnitFit> unitsFor(
      List<NeedFit> fits, List<BusinessUnit> units, List<Need> needs, Aggregation aggregation) {
    checkArgument(fits != null && units != null && needs != null, "arguments must not be null");
    checkArgument(aggregation != null, "aggregation must not be null");
    Map<String, NeedFit> byNeed = new HashMap<>();
    fits.forEach(f -> byNeed.put(f.need().id(), f));
    Map<BusinessUnit, List<Need>> needsByUnit = UnitRanker.needsByUnit(units, needs);
    List<UnitFit> unitFits = new ArrayList<>();
    for (BusinessUnit unit : needsByUnit.keySet()) {
      List<Need> unitNeeds = needsByUnit.get(unit);
      Map<String, Double> scores = new HashMap<>();
      for (Need need : unitNeeds) {
        NeedFit fit = byNeed.get(need.id());
        if (fit != null) {
          scores.put(need.id(), fit.match().score());
        }
      }
      List<NeedFit> unitNeedFits =
          fits.stream().filter(f -> scores.containsKey(f.need().id())).toList();
      if (unitNeedFits.isEmpty()) {
        continue;
      }
      Map<String, Double> contributions = aggregation.contributions(unitNeeds, scores);
      double score = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
      unitFits.add(new UnitFit(unit, score, contributions, ImmutableList.copyOf(unitNeedFits)));
    }
    unitFits.sort(
        Comparator.comparingDouble((UnitFit f) -> -f.score()).thenComparing(f -> f.unit().id()));
    return ImmutableList.copyOf(unitFits);
  }
}
