package dev.startupmatching.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitRankerTest {
  private static final BusinessUnit UNIT = BusinessUnit.of("u1", "Electrification");
  private static final Need CELLS = Need.builder("cells", "Battery cells").unit("u1").build();
  private static final Need CHARGING =
      Need.builder("charging", "Charging").unit("Electrification").build();

  /** Scores each startup by a fixed fit per need; what the aggregation sees. */
  private static final Map<String, Map<String, Double>> FITS =
      Map.of(
          "cells", Map.of("a", 0.8, "b", 0.5, "c", 0.45),
          "charging", Map.of("b", 0.5, "c", 0.45));

  private static final class FixedFits implements StartupMatcher {
    final List<MatchOptions> calls = new ArrayList<>();

    @Override
    public Matches match(Need need, MatchOptions options) {
      calls.add(options);
      List<Map.Entry<String, Double>> fits =
          FITS.get(need.id()).entrySet().stream()
              .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
              .toList();
      List<Match> matches = new ArrayList<>();
      for (Map.Entry<String, Double> fit : fits) {
        Startup startup = Startup.builder(fit.getKey(), fit.getKey()).description("x").build();
        matches.add(
            Match.builder(startup, matches.size() + 1, fit.getValue())
                .explanation(Explanation.of(fit.getValue(), "fit to " + need.id()))
                .build());
      }
      return Matches.of(matches);
    }

    @Override
    public int size() {
      return 3;
    }

    @Override
    public void close() {}
  }

  @Test
  void maxRanksTheBestSingleFitFirst() {
    List<UnitMatch> ranked =
        UnitRanker.of(new FixedFits(), Aggregation.max())
            .rank(UNIT, List.of(CELLS, CHARGING), MatchOptions.top(10));

    assertThat(ranked).extracting(m -> m.startup().id()).containsExactly("a", "b", "c");
    assertThat(ranked.get(0).score()).isEqualTo(0.8);
    assertThat(ranked.get(1).contributions())
        .containsExactly(Map.entry("cells", 0.5), Map.entry("charging", 0.0));
  }

  @Test
  void meanRewardsFittingEveryNeedAndExplainsEachNeed() {
    List<UnitMatch> ranked =
        UnitRanker.of(new FixedFits(), Aggregation.mean())
            .rank(UNIT, List.of(CELLS, CHARGING), MatchOptions.top(2));

    assertThat(ranked).extracting(m -> m.startup().id()).containsExactly("b", "c");
    UnitMatch b = ranked.get(0);
    assertThat(b.score()).isCloseTo(0.5, within(1e-12));
    assertThat(b.needMatches().keySet()).containsExactly("cells", "charging");
    assertThat(b.explanation().value()).isEqualTo(b.score());
    assertThat(b.explanation().details().stream().mapToDouble(Explanation::value).sum())
        .isCloseTo(b.score(), within(1e-12));
    assertThat(b.explanation().details().get(0).description())
        .contains("need cells", "fit 0.5000", "rank 2");
    assertThat(b.explanation().details().get(0).details().get(0).description())
        .isEqualTo("fit to cells");
  }

  @Test
  void aStartupMissingFromANeedCountsZeroForIt() {
    UnitMatch a =
        UnitRanker.of(new FixedFits(), Aggregation.weightedSum(Map.of("cells", 3.0)))
            .rank(UNIT, List.of(CELLS, CHARGING), MatchOptions.top(10))
            .stream()
            .filter(m -> m.startup().id().equals("a"))
            .findFirst()
            .orElseThrow();

    assertThat(a.score()).isCloseTo(0.75 * 0.8, within(1e-12));
    assertThat(a.needMatches()).containsOnlyKeys("cells");
    assertThat(a.explanation().details().get(1).description()).contains("not among its top 100");
  }

  @Test
  void eachNeedIsMatchedDeeperThanTheUnitList() {
    FixedFits matcher = new FixedFits();
    UnitRanker.of(matcher, Aggregation.max()).rank(UNIT, List.of(CELLS), MatchOptions.top(50));

    assertThat(matcher.calls).singleElement().satisfies(o -> assertThat(o.topK()).isEqualTo(250));
  }

  @Test
  void needsAreGroupedByUnitIdOrName() {
    Need orphan = Need.builder("x", "Elsewhere").unit("u9").build();

    assertThat(UnitRanker.needsByUnit(List.of(UNIT), List.of(CELLS, orphan, CHARGING)).get(UNIT))
        .containsExactly(CELLS, CHARGING);
  }

  @Test
  void aggregationsAreNamed() {
    assertThat(Aggregation.named("MAX")).isEqualTo(Aggregation.max());
    assertThat(Aggregation.named("mean")).isEqualTo(Aggregation.mean());
    assertThatThrownBy(() -> Aggregation.named("median"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max, mean");
  }
}
