package dev.startupmatching.unit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks startups for a business unit across all of its needs: matches each need, then aggregates
 * each startup's fits (its match scores) with an {@link Aggregation}.
 *
 * <p>Fits are match scores, so they combine across needs only when the matcher's scores share a
 * scale, as the default model's do (0 to 1 for every need); they still say where a startup stands
 * among each need's candidates rather than how well it fits (see {@link Match#score}). Each need is
 * matched to a depth of {@link #needDepth}; a startup below that depth for a need counts as fit 0
 * for it. Instances are thread-safe when the matcher is.
 */
public final class UnitRanker {
  private final StartupMatcher matcher;
  private final Aggregation aggregation;

  private UnitRanker(StartupMatcher matcher, Aggregation aggregation) {
    this.matcher = matcher;
    this.aggregation = aggregation;
  }

  /** Returns a ranker that matches with {@code matcher} and aggregates with {@code aggregation}. */
  public static UnitRanker of(StartupMatcher matcher, Aggregation aggregation) {
    checkArgument(matcher != null, "matcher must not be null");
    checkArgument(aggregation != null, "aggregation must not be null");
    return new UnitRanker(matcher, aggregation);
  }

  /**
   * Groups needs by the unit they name ({@link Need#unit}), matched against each unit's id, then
   * its name. Units without needs map to nothing; needs naming no known unit are left out.
   */
  public static Map<BusinessUnit, List<Need>> needsByUnit(
      List<BusinessUnit> units, List<Need> needs) {
    ImmutableListMultimap.Builder<BusinessUnit, Need> byUnit = ImmutableListMultimap.builder();
    for (BusinessUnit unit : units) {
      for (Need need : needs) {
        if (need.unit().map(u -> u.equals(unit.id()) || u.equals(unit.name())).orElse(false)) {
          byUnit.put(unit, need);
        }
      }
    }
    return Multimaps.asMap(byUnit.build());
  }

  /** How deep each need is matched to rank a unit's top {@code topK}. */
  public static int needDepth(int topK) {
    return Math.min(MatchOptions.MAX_TOP_K, Math.max(100, 5 * topK));
  }

  /**
   * Returns the unit's best {@code options.topK()} startups, best first, equal scores by startup
   * id.
   *
   * @param needs the unit's needs, in the order breakdowns list them; at least one
   * @param options the options of each need's match; its top K is the unit list's length
   */
  public List<UnitMatch> rank(BusinessUnit unit, List<Need> needs, MatchOptions options) {
    checkArgument(unit != null, "unit must not be null");
    checkArgument(needs != null && !needs.isEmpty(), "unit %s has no needs to rank for", unit);
    checkArgument(options != null, "options must not be null");
    MatchOptions perNeed = options.toBuilder().topK(needDepth(options.topK())).build();
    Map<String, Startup> startups = new LinkedHashMap<>();
    Map<String, Map<String, Match>> matchesByStartup = new LinkedHashMap<>();
    for (Need need : needs) {
      for (Match match : matcher.match(need, perNeed)) {
        String id = match.startup().id();
        startups.putIfAbsent(id, match.startup());
        matchesByStartup.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(need.id(), match);
      }
    }
    record Scored(String startupId, double score, Map<String, Double> contributions) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Map<String, Match>> entry : matchesByStartup.entrySet()) {
      Map<String, Double> fits = new LinkedHashMap<>();
      entry.getValue().forEach((need, match) -> fits.put(need, match.score()));
      Map<String, Double> contributions = aggregation.contributions(needs, fits);
      double score = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
      scored.add(new Scored(entry.getKey(), score, contributions));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::startupId));
    ImmutableList.Builder<UnitMatch> ranked = ImmutableList.builder();
    int rank = 1;
    for (Scored s : scored.subList(0, Math.min(options.topK(), scored.size()))) {
      Map<String, Match> byNeed = matchesByStartup.get(s.startupId());
      ImmutableMap.Builder<String, Match> ordered = ImmutableMap.builder();
      for (Need need : needs) {
        if (byNeed.containsKey(need.id())) {
          ordered.put(need.id(), byNeed.get(need.id()));
        }
      }
      ranked.add(
          new UnitMatch(
              startups.get(s.startupId()),
              rank++,
              s.score(),
              ordered.buildOrThrow(),
              s.contributions(),
              explain(unit, needs, s.score(), s.contributions(), byNeed, perNeed.topK())));
    }
    return ranked.build();
  }

  private Explanation explain(
      BusinessUnit unit,
      List<Need> needs,
      double score,
      Map<String, Double> contributions,
      Map<String, Match> byNeed,
      int depth) {
    List<Explanation> details = new ArrayList<>();
    for (Need need : needs) {
      Match match = byNeed.get(need.id());
      String title = need.title().isEmpty() ? "" : " '" + need.title() + "'";
      String description =
          match == null
              ? "need " + need.id() + title + ": not among its top " + depth + " matches"
              : String.format(
                  Locale.ROOT,
                  "need %s%s: fit %.4f (rank %d)",
                  need.id(),
                  title,
                  match.score(),
                  match.rank());
      details.add(
          Explanation.of(
              contributions.get(need.id()),
              description,
              match == null ? List.of() : List.of(match.explanation())));
    }
    return Explanation.of(
        score,
        "fit to unit " + unit.id() + " by the " + aggregation.name() + " of its needs' fits",
        details);
  }
}
