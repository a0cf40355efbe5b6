package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries a portal asks beside matching: filters on stored fields, facet counts and "more like
 * this", on a small hand-made set whose answers are known and on the built-in example.
 */
class PortalQueriesTest {
  private static final List<Startup> STARTUPS =
      List.of(
          startup("h1", "Hydrogen fuel cells for heavy trucks and buses.", Stage.SEED, "Germany")
              .tags(List.of("Hydrogen", "Trucks"))
              .foundedYear(2019)
              .fundingUsd(2_000_000)
              .build(),
          startup("h2", "Hydrogen refuelling stations for truck fleets.", Stage.SEED, "Germany")
              .tags(List.of("hydrogen ", "Infrastructure"))
              .foundedYear(2021)
              .fundingUsd(9_000_000)
              .build(),
          startup(
                  "h3",
                  "Electrolysers that make green hydrogen for steel plants.",
                  Stage.SERIES_A,
                  "Italy")
              .tags(List.of("Energy"))
              .foundedYear(2016)
              .build(),
          startup(
                  "b1",
                  "Recycling of lithium-ion battery cells into cathode material.",
                  Stage.SEED,
                  "Italy")
              .tags(List.of("Batteries", "Recycling"))
              .foundedYear(2020)
              .fundingUsd(4_000_000)
              .build(),
          startup(
                  "b2",
                  "Battery recycling plants that recover lithium and cobalt from cells.",
                  Stage.SERIES_B,
                  "France")
              .tags(List.of("Recycling"))
              .foundedYear(2018)
              .fundingUsd(40_000_000)
              .build(),
          startup("p1", "Payroll software for bakeries and cafes.", Stage.SEED, "Spain")
              .tags(List.of("Software"))
              .build());

  private static final Need HYDROGEN = Need.builder("n", "hydrogen").build();

  private static StartupMatcher matcher;
  private static StartupMatcher sample;

  @BeforeAll
  static void buildMatchers() {
    matcher = Matching.builder().startups(STARTUPS).build();
    sample = Matching.builder().startups(SampleData.startups()).build();
  }

  @AfterAll
  static void closeMatchers() {
    matcher.close();
    sample.close();
  }

  private static Startup.Builder startup(String id, String text, Stage stage, String country) {
    return Startup.builder(id, id.toUpperCase()).description(text).stage(stage).country(country);
  }

  private static MatchOptions.Builder options(Constraints filter) {
    return MatchOptions.builder().minFit(0).topK(10).filter(filter);
  }

  @Test
  void aTagFilterKeepsStartupsWithOneOfTheTagsWhateverTheirCase() {
    Matches matches =
        matcher.match(
            HYDROGEN, options(Constraints.builder().tags(List.of("HYDROGEN")).build()).build());

    assertThat(matches).extracting(m -> m.startup().id()).containsExactlyInAnyOrder("h1", "h2");
  }

  @Test
  void rangeFiltersKeepStartupsThatStateAValueWithinTheBounds() {
    Constraints founded = Constraints.builder().foundedFrom(2018).foundedTo(2020).build();
    Constraints funded = Constraints.builder().minFundingUsd(3_000_000).build();

    assertThat(matcher.match(HYDROGEN, options(founded).build()))
        .extracting(m -> m.startup().id())
        .containsExactly("h1");
    // h3 states no funding, so a funding bound leaves it out.
    assertThat(matcher.match(HYDROGEN, options(funded).build()))
        .extracting(m -> m.startup().id())
        .containsExactly("h2");
  }

  @Test
  void theIndexFiltersAsConstraintsTestSays() {
    Need need = Need.builder("n", "fast charging stations for electric trucks").build();
    Constraints filter =
        Constraints.builder()
            .foundedFrom(2019)
            .minFundingUsd(1_000_000)
            .maxFundingUsd(20_000_000)
            .build();
    Matches all = sample.match(need, options(Constraints.none()).topK(100).build());
    Matches filtered = sample.match(need, options(filter).topK(100).build());

    assertThat(filtered)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(filter.test(m.startup())).isTrue());
    assertThat(all).anySatisfy(m -> assertThat(filter.test(m.startup())).isFalse());
    // The best of the unfiltered list that the filter keeps come back near the top; their order
    // may change, as the reranker normalises its signals over the candidates it sees.
    List<String> kept =
        all.stream().map(Match::startup).filter(filter).map(Startup::id).limit(3).toList();
    assertThat(filtered.stream().map(m -> m.startup().id()).limit(6)).containsAll(kept);
  }

  @Test
  void facetsCountEveryStartupTheNeedFinds() {
    FacetCounts counts =
        matcher.facets(HYDROGEN, options(Constraints.none()).build(), EnumSet.allOf(Facet.class));

    assertThat(counts.total()).isEqualTo(3);
    assertThat(counts.counts(Facet.STAGE))
        .containsExactly(Map.entry("seed", 2L), Map.entry("series-a", 1L));
    assertThat(counts.counts(Facet.COUNTRY))
        .containsExactly(Map.entry("Germany", 2L), Map.entry("Italy", 1L));
    assertThat(counts.counts(Facet.TAG))
        .containsExactly(
            Map.entry("hydrogen", 2L),
            Map.entry("energy", 1L),
            Map.entry("infrastructure", 1L),
            Map.entry("trucks", 1L));
  }

  @Test
  void facetsRespectTheFilterAndCountOnlyWhatIsAskedFor() {
    FacetCounts counts =
        matcher.facets(
            HYDROGEN,
            options(Constraints.builder().regions(List.of("Germany")).build()).build(),
            EnumSet.of(Facet.STAGE));

    assertThat(counts.total()).isEqualTo(2);
    assertThat(counts.counts(Facet.STAGE)).containsExactly(Map.entry("seed", 2L));
    assertThat(counts.facets()).containsExactly(Facet.STAGE);
    assertThat(counts.counts(Facet.COUNTRY)).isEmpty();
  }

  @Test
  void eachStartupCountsOnceInTheStageFacetOfTheBuiltInExample() {
    Need need = Need.builder("n", "battery cell chemistry and recycling").build();

    FacetCounts counts =
        sample.facets(need, MatchOptions.defaults(), EnumSet.of(Facet.STAGE, Facet.AREA));

    assertThat(counts.total()).isGreaterThan(10);
    assertThat(counts.counts(Facet.STAGE).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(counts.total());
    assertThat(counts.counts(Facet.AREA)).isNotEmpty();
    assertThat(counts.counts(Facet.AREA).values()).allMatch(c -> c <= counts.total());
  }

  @Test
  void similarStartupsShareTheProfilesDistinctiveWordsAndLeaveItOut() {
    Matches similar = matcher.similarTo("b1", MatchOptions.builder().topK(3).explain(true).build());

    assertThat(similar).as("%s", similar.noMatchReason()).isNotEmpty();
    assertThat(similar.get(0).startup().id()).isEqualTo("b2");
    assertThat(similar).extracting(m -> m.startup().id()).doesNotContain("b1", "p1");
    assertThat(similar.get(0).explanation().description()).contains("b1");
    assertThat(similar.get(0).explanation().value()).isEqualTo(similar.get(0).score());
  }

  @Test
  void similarStartupsPageAndFilterAsMatchesDo() {
    String id = SampleData.startups().get(0).id();
    Matches whole = sample.similarTo(id, MatchOptions.top(8));
    Matches page = sample.similarTo(id, MatchOptions.builder().offset(2).topK(3).build());
    Constraints seedOnly = Constraints.builder().stages(List.of(Stage.SEED)).build();
    Matches seed = sample.similarTo(id, MatchOptions.builder().topK(10).filter(seedOnly).build());

    assertThat(whole).hasSize(8);
    assertThat(page).isEqualTo(whole.subList(2, 5));
    assertThat(seed).isNotEmpty().allSatisfy(m -> assertThat(seedOnly.test(m.startup())).isTrue());
  }

  @Test
  void anUnknownStartupIdIsAnError() {
    assertThatThrownBy(() -> matcher.similarTo("nope", MatchOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no startup has id nope");
  }
}
