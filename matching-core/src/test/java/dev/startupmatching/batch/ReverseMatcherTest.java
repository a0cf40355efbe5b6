package dev.startupmatching.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.unit.Aggregation;
import dev.startupmatching.unit.UnitRanker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReverseMatcherTest {
  private static final List<Startup> STARTUPS =
      List.of(
          Startup.builder("cells", "Cells").description("battery cells and charging").build(),
          Startup.builder("lidar", "Lidar").description("lidar sensor").build(),
          Startup.builder("charge", "Charge").description("charging stations").build());

  private static final List<Need> NEEDS =
      List.of(
          Need.builder("battery", "battery cells").unit("power").build(),
          Need.builder("charging", "charging network").unit("power").build(),
          Need.builder("perception", "lidar sensor fusion").unit("adas").build(),
          Need.builder("rejected", "reject me").unit("adas").build());

  @Test
  void listsTheNeedsAStartupRanksForWithItsRankAndScoreThere() {
    WordOverlapMatcher matcher = new WordOverlapMatcher(STARTUPS);

    List<NeedFit> fits =
        ReverseMatcher.of(matcher, 10, 2)
            .withMinFit(0)
            .needsFor("cells", NEEDS, BatchListener.NONE);

    assertThat(fits).extracting(f -> f.need().id()).containsExactly("battery", "charging");
    for (NeedFit fit : fits) {
      List<Match> ranking =
          matcher.match(fit.need(), MatchOptions.builder().topK(10).minFit(0).build());
      Match own = ranking.get(fit.match().rank() - 1);
      assertThat(own.startup().id()).isEqualTo("cells");
      assertThat(own.score()).isEqualTo(fit.match().score());
    }
  }

  @Test
  void withoutAListenerTheFitsAreTheSame() {
    ReverseMatcher reverse =
        ReverseMatcher.of(new WordOverlapMatcher(STARTUPS), 10, 2).withMinFit(0);

    assertThat(reverse.needsFor("cells", NEEDS))
        .isEqualTo(reverse.needsFor("cells", NEEDS, BatchListener.NONE))
        .isNotEmpty();
  }

  @Test
  void anUnknownStartupIdIsRefusedNamingTheId() {
    WordOverlapMatcher matcher = new WordOverlapMatcher(STARTUPS);
    ReverseMatcher reverse = ReverseMatcher.of(matcher, 10, 2).withMinFit(0);

    assertThatThrownBy(() -> reverse.needsFor("no-such-startup", NEEDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no startup has id no-such-startup");
    assertThatThrownBy(() -> reverse.needsFor("no-such-startup", NEEDS, BatchListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no startup has id no-such-startup");
    assertThat(matcher.calls).as("needs matched for an unknown startup").hasValue(0);
  }

  @Test
  void aStartupBelowTheDepthDoesNotFit() {
    // For "charging network", "charge" and "cells" tie at 0.5; ids settle it, "cells" first.
    List<NeedFit> fits =
        ReverseMatcher.of(new WordOverlapMatcher(STARTUPS), 1, 1)
            .needsFor("charge", NEEDS, BatchListener.NONE);

    assertThat(fits).isEmpty();
  }

  @Test
  void explainedFitsCarryTheExplanationOfTheNeedsRanking() {
    ReverseMatcher reverse = ReverseMatcher.of(new WordOverlapMatcher(STARTUPS), 10, 2);
    List<NeedFit> plain = reverse.needsFor("lidar", NEEDS, BatchListener.NONE);
    List<NeedFit> fits = reverse.explain(plain);

    assertThat(plain.get(0).match().explanation().description()).isEqualTo("fit");

    assertThat(fits)
        .singleElement()
        .satisfies(
            fit -> {
              assertThat(fit.need().id()).isEqualTo("perception");
              assertThat(fit.match().explanation().description())
                  .isEqualTo("shares words with perception");
            });
  }

  @Test
  void unitsCombineTheFitsToTheirNeedsAsAUnitRankingDoes() {
    List<NeedFit> fits =
        ReverseMatcher.of(new WordOverlapMatcher(STARTUPS), 10, 2)
            .withMinFit(0)
            .needsFor("cells", NEEDS, BatchListener.NONE);
    List<BusinessUnit> units =
        List.of(BusinessUnit.of("power", "Power"), BusinessUnit.of("adas", "ADAS"));

    List<UnitFit> max = ReverseMatcher.unitsFor(fits, units, NEEDS, Aggregation.max());
    List<UnitFit> mean = ReverseMatcher.unitsFor(fits, units, NEEDS, Aggregation.mean());

    assertThat(max).extracting(f -> f.unit().id()).containsExactly("power");
    assertThat(max.get(0).score()).isEqualTo(1.0);
    assertThat(max.get(0).needs())
        .extracting(f -> f.need().id())
        .containsExactly("battery", "charging");
    assertThat(mean.get(0).score()).isEqualTo((1.0 + 0.5) / 2);
    assertThat(mean.get(0).contributions().values().stream().mapToDouble(d -> d).sum())
        .isEqualTo(mean.get(0).score());
  }

  @Test
  void needsThatFailAreReportedAndLeftOut() {
    StringBuilder failed = new StringBuilder();
    List<NeedFit> fits =
        ReverseMatcher.of(new WordOverlapMatcher(STARTUPS), 10, 1)
            .withMinFit(0)
            .needsFor(
                "cells",
                NEEDS,
                new BatchListener() {
                  @Override
                  public void failed(Need need, RuntimeException error) {
                    failed.append(need.id());
                  }
                });

    assertThat(failed).hasToString("rejected");
    assertThat(fits).hasSize(2);
  }

  @Test
  void rejectsADepthOutsideTheLimitsAndLooksAsDeepAsUnitRankingByDefault() {
    WordOverlapMatcher matcher = new WordOverlapMatcher(STARTUPS);
    assertThatThrownBy(() -> ReverseMatcher.of(matcher, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("depth must be between 1 and");
    assertThat(ReverseMatcher.DEFAULT_DEPTH)
        .isEqualTo(UnitRanker.needDepth(MatchOptions.DEFAULT_TOP_K));
  }

  @Test
  void aStartupFitsANeedOnlyWhenItsFitReachesTheMinimum() {
    WordOverlapMatcher matcher = new WordOverlapMatcher(STARTUPS);

    List<NeedFit> all =
        ReverseMatcher.of(matcher, 10, 1)
            .withMinFit(0)
            .needsFor("cells", NEEDS, BatchListener.NONE);
    NeedFit weakest =
        all.stream().min(java.util.Comparator.comparingDouble(f -> f.match().fit())).orElseThrow();
    List<NeedFit> strict =
        ReverseMatcher.of(matcher, 10, 1)
            .withMinFit(weakest.match().fit() + 1e-6)
            .needsFor("cells", NEEDS, BatchListener.NONE);

    assertThat(all).hasSizeGreaterThan(1);
    assertThat(strict)
        .extracting(f -> f.need().id())
        .doesNotContain(weakest.need().id())
        .hasSize(all.size() - 1);
  }
}
