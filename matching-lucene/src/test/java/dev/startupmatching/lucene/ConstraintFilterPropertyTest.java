package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The Lucene filters accept exactly the startups that {@link Constraints#test} accepts, for random
 * startups (with attributes present or missing) and random constraints: the options' filter, a
 * need's own constraints, or both. Locations are drawn from places in several spellings, so that
 * regions that contain a startup's place, and regions that name no place, are both exercised.
 */
class ConstraintFilterPropertyTest {
  /**
   * Places in several spellings and languages, regions and groupings that contain some of them,
   * comma-separated locations, a two-letter state, and texts that name no place.
   */
  private static final List<String> PLACES =
      List.of(
          "Germany",
          "Deutschland",
          "DE",
          "德国",
          "china",
          "中国",
          "Hong Kong",
          "Shanghai",
          " Munich ",
          "Munich, Bavaria, Germany",
          "Bavaria",
          "San Francisco, CA, USA",
          "CA",
          "Europe",
          "Europa",
          "EU",
          "DACH",
          "Greater China",
          "ITALY",
          "Switzerland",
          "UK",
          "Asia",
          "Remote");

  /** A value from the list, or null one time in {@code list.size() + 1}. */
  private static <T> Gen<T> maybe(List<T> values) {
    List<T> withNull = new ArrayList<>(values);
    withNull.add(null);
    return Generate.pick(withNull);
  }

  private static Gen<Startup> startups(int index) {
    Gen<Stage> stages = maybe(List.of(Stage.values()));
    Gen<Integer> levels = maybe(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
    Gen<List<String>> regions = lists().of(Generate.pick(PLACES)).ofSizeBetween(0, 2);
    return stages
        .zip(levels, (stage, level) -> new Object[] {stage, level})
        .zip(
            maybe(PLACES),
            maybe(PLACES),
            regions,
            (sl, country, city, rs) -> {
              Startup.Builder b =
                  Startup.builder("s" + index, "Startup " + index)
                      .description("mobility services")
                      .stage((Stage) sl[0])
                      .country(country)
                      .city(city)
                      .regions(new LinkedHashSet<>(rs));
              if (sl[1] != null) {
                b.readinessLevel((Integer) sl[1]);
              }
              return b.build();
            });
  }

  private static Gen<List<Startup>> corpora() {
    return integers()
        .between(1, 12)
        .flatMap(
            size -> {
              Gen<List<Startup>> corpus = startups(0).map(s -> new ArrayList<>(List.of(s)));
              for (int i = 1; i < size; i++) {
                Gen<Startup> next = startups(i);
                corpus =
                    corpus.zip(
                        next,
                        (list, s) -> {
                          List<Startup> grown = new ArrayList<>(list);
                          grown.add(s);
                          return grown;
                        });
              }
              return corpus;
            });
  }

  private static Gen<Constraints> constraints() {
    Gen<List<Stage>> stages = lists().of(Generate.enumValues(Stage.class)).ofSizeBetween(0, 3);
    Gen<Integer> minLevel = maybe(List.of(1, 3, 5, 7, 9));
    Gen<List<String>> regions = lists().of(Generate.pick(PLACES)).ofSizeBetween(0, 2);
    Gen<List<Integer>> excluded = lists().of(integers().between(0, 12)).ofSizeBetween(0, 3);
    return stages.zip(
        minLevel,
        regions,
        excluded,
        (st, min, rs, ex) -> {
          Constraints.Builder b =
              Constraints.builder()
                  .stages(st)
                  .regions(rs)
                  .excludedStartupIds(ex.stream().map(i -> "s" + i).toList());
          if (min != null) {
            b.minReadinessLevel(min);
          }
          return b.build();
        });
  }

  @Test
  void luceneFiltersAgreeWithConstraintsTest() {
    qt().withExamples(150)
        .forAll(corpora(), constraints())
        .checkAssert(
            (corpus, constraints) -> {
              Set<String> expected =
                  corpus.stream().filter(constraints).map(Startup::id).collect(Collectors.toSet());
              try (StartupMatcher matcher = Matching.builder().startups(corpus).build()) {
                List<Match> matches =
                    matcher.match(
                        Need.builder("n", "mobility").build(),
                        MatchOptions.builder()
                            .topK(100)
                            .filter(constraints)
                            .explain(false)
                            .minFit(0)
                            .build());
                assertThat(matches.stream().map(m -> m.startup().id()).collect(Collectors.toSet()))
                    .as("constraints %s", constraints)
                    .isEqualTo(expected);
              }
            });
  }

  /** A need for "mobility", which every generated startup offers, with random constraints. */
  private static Gen<Need> needs() {
    return constraints()
        .map(
            c -> {
              Need.Builder b =
                  Need.builder("n", "mobility")
                      .preferredStages(c.stages())
                      .regions(c.regionKeys())
                      .excludedStartupIds(c.excludedStartupIds());
              c.minReadinessLevel().ifPresent(b::minReadinessLevel);
              return b.build();
            });
  }

  @Test
  void aNeedsOwnConstraintsAndTheOptionsFilterBothApply() {
    qt().withExamples(100)
        .forAll(corpora(), needs(), constraints())
        .checkAssert(
            (corpus, need, filter) -> {
              Constraints own = Constraints.of(need);
              Set<String> both =
                  corpus.stream()
                      .filter(own.and(filter))
                      .map(Startup::id)
                      .collect(Collectors.toSet());
              Set<String> filterOnly =
                  corpus.stream().filter(filter).map(Startup::id).collect(Collectors.toSet());
              MatchOptions options =
                  MatchOptions.builder().topK(100).filter(filter).explain(false).minFit(0).build();
              try (StartupMatcher matcher = Matching.builder().startups(corpus).build()) {
                assertThat(ids(matcher.match(need, options)))
                    .as("need %s, filter %s", own, filter)
                    .isEqualTo(both);
                assertThat(
                        ids(
                            matcher.match(
                                need, options.toBuilder().applyNeedConstraints(false).build())))
                    .as("filter %s alone", filter)
                    .isEqualTo(filterOnly);
              }
            });
  }

  private static Set<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.startup().id()).collect(Collectors.toSet());
  }
}
