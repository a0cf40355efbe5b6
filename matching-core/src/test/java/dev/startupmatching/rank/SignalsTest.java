package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalsTest {
  private static final Taxonomy TAXONOMY = Taxonomy.builtIn();
  private static final String BATTERY = "electrification.battery";
  private static final String BMS = "electrification.battery.bms";
  private static final String LIDAR = "automated-driving.lidar";

  private static NeedAnalysis analysis(Need need, String... mentioned) {
    return NeedAnalysis.of(need, "en", List.of(mentioned), TAXONOMY);
  }

  private static Candidate candidate(Startup startup, String... areas) {
    return Candidate.of(startup, 2.0, 0.5, Set.of(areas));
  }

  private static Startup.Builder startup() {
    return Startup.builder("s", "Cells Inc").description("Battery diagnostics.");
  }

  private static Need.Builder need() {
    return Need.builder("n", "Battery know-how");
  }

  @Test
  void textRelevanceIsTheNormalisedRetrievalScore() {
    SignalValue value =
        Signals.textRelevance().compute(analysis(need().build()), candidate(startup().build()));

    assertThat(value.value()).isEqualTo(0.5);
    assertThat(value.reason()).contains("2.0000");
  }

  @Test
  void requiredAreasCreditTheTreeAndReportWhatIsMissing() {
    Need need = need().requiredAreas(List.of(BATTERY, LIDAR)).build();

    SignalValue exact =
        Signals.requiredAreas()
            .compute(analysis(need), candidate(startup().build(), BATTERY, LIDAR));
    SignalValue narrower =
        Signals.requiredAreas().compute(analysis(need), candidate(startup().build(), BMS));
    SignalValue broader =
        Signals.requiredAreas()
            .compute(
                analysis(need().requiredAreas(List.of(BMS)).build()),
                candidate(startup().build(), BATTERY));

    assertThat(exact.value()).isEqualTo(1);
    assertThat(exact.missing()).isEmpty();
    assertThat(narrower.value()).isCloseTo(AreaCredit.NARROWER / 2, within(1e-12));
    assertThat(narrower.reason())
        .contains("covers the narrower 'Battery management system' of 'Battery'");
    assertThat(narrower.missing())
        .hasValueSatisfying(m -> assertThat(m).contains("Battery", "Lidar"));
    assertThat(broader.value()).isEqualTo(AreaCredit.BROADER);
    assertThat(broader.reason()).contains("only the broader 'Battery'");
  }

  @Test
  void statedAndMentionedAreasAreEvidenceAndAbsentOnesScoreNothing() {
    Candidate covering = candidate(startup().build(), BATTERY);

    SignalValue noneRequired = Signals.requiredAreas().compute(analysis(need().build()), covering);
    assertThat(noneRequired.value()).isZero();
    assertThat(noneRequired.applicable()).isFalse();
    assertThat(Signals.preferredAreas().compute(analysis(need().build()), covering).value())
        .isZero();
    assertThat(Signals.mentionedAreas().compute(analysis(need().build()), covering).value())
        .isZero();
    assertThat(
            Signals.mentionedAreas()
                .compute(analysis(need().build(), BATTERY, LIDAR), covering)
                .value())
        .isEqualTo(0.5);
    assertThat(
            Signals.preferredAreas()
                .compute(analysis(need().preferredAreas(List.of(BATTERY)).build()), covering)
                .missing())
        .isEmpty();
  }

  @Test
  void anAreaTheNeedStatesIsNotCountedAgainAsMentioned() {
    NeedAnalysis analysis =
        analysis(need().requiredAreas(List.of(BATTERY)).build(), BATTERY, LIDAR);

    assertThat(analysis.mentionedAreas()).containsExactly(LIDAR);
    assertThat(analysis.coveredAreas(Set.of(BMS, LIDAR))).containsExactly(BATTERY, LIDAR);
  }

  @Test
  void maturityScoresTheDistanceToAnAcceptedStageAndTheReadinessShortfall() {
    Need need = need().preferredStages(List.of(Stage.SERIES_A)).minReadinessLevel(6).build();

    SignalValue fits =
        Signals.maturity()
            .compute(
                analysis(need),
                candidate(startup().stage(Stage.SERIES_A).readinessLevel(7).build()));
    SignalValue short1 =
        Signals.maturity()
            .compute(
                analysis(need), candidate(startup().stage(Stage.SEED).readinessLevel(3).build()));
    SignalValue unknown = Signals.maturity().compute(analysis(need), candidate(startup().build()));
    SignalValue notAsked =
        Signals.maturity().compute(analysis(need().build()), candidate(startup().build()));

    assertThat(fits.value()).isEqualTo(1);
    assertThat(fits.missing()).isEmpty();
    // one stage away: 0.5; three levels short: 0.
    assertThat(short1.value()).isEqualTo(0.25);
    assertThat(short1.missing())
        .hasValueSatisfying(
            m -> assertThat(m).contains("series-a", "it is seed", "readiness level 6", "3 short"));
    assertThat(unknown.value()).isEqualTo(Signals.UNKNOWN);
    assertThat(unknown.missing()).isEmpty();
    assertThat(notAsked.value()).isZero();
    assertThat(notAsked.applicable()).isFalse();
  }

  @Test
  void regionFitsByCountryCityOrRegionAndReportsAMismatch() {
    Need need = need().regions(List.of("Germany")).build();

    assertThat(
            Signals.region()
                .compute(analysis(need), candidate(startup().country("germany").build()))
                .value())
        .isEqualTo(1);
    assertThat(Signals.region().compute(analysis(need), candidate(startup().build())).value())
        .isEqualTo(Signals.UNKNOWN);
    SignalValue abroad =
        Signals.region()
            .compute(analysis(need), candidate(startup().city("Lyon").country("France").build()));
    assertThat(abroad.value()).isZero();
    assertThat(abroad.missing())
        .hasValueSatisfying(m -> assertThat(m).contains("Germany", "Lyon, France"));
    SignalValue noRegion =
        Signals.region().compute(analysis(need().build()), candidate(startup().build()));
    assertThat(noRegion.value()).isZero();
    assertThat(noRegion.applicable()).isFalse();
  }

  @Test
  void regionReadsThePlacesTheNeedNamesAndSaysWhereTheStartupIs() {
    Need need = need().regions(List.of("Europa", "DE")).build();

    SignalValue munich =
        Signals.region()
            .compute(
                analysis(need), candidate(startup().city("Munich").country("Germany").build()));
    SignalValue shanghai =
        Signals.region()
            .compute(
                analysis(need), candidate(startup().city("Shanghai").country("China").build()));
    SignalValue onlyEurope =
        Signals.region()
            .compute(
                analysis(need().regions(List.of("Germany", "Bavaria")).build()),
                candidate(startup().regions(List.of("Europe")).build()));

    assertThat(munich.value()).isEqualTo(1);
    assertThat(munich.reason()).isEqualTo("located in Munich, Germany, within Europe and Germany");
    assertThat(munich.missing()).isEmpty();
    assertThat(shanghai.value()).isZero();
    assertThat(shanghai.reason())
        .isEqualTo("located in Shanghai, China, outside Europe and Germany");
    assertThat(shanghai.missing())
        .contains("a location in Europe or Germany (it is in Shanghai, China)");
    assertThat(onlyEurope.missing()).contains("a location in Germany or Bavaria (it is in Europe)");
  }

  @Test
  void teamAndFundingScoreTheirShareOfThePreference() {
    Need need = need().minTeamSize(10).maxFundingUsd(5_000_000).build();

    SignalValue small =
        Signals.teamAndFunding()
            .compute(
                analysis(need), candidate(startup().teamSize(5).fundingUsd(20_000_000).build()));

    assertThat(small.value()).isCloseTo((0.5 + 0.25) / 2, within(1e-12));
    assertThat(small.missing())
        .hasValueSatisfying(
            m -> assertThat(m).contains("a team of 10 (it has 5)", "$5.0M", "$20.0M"));
    assertThat(
            Signals.teamAndFunding()
                .compute(
                    analysis(need), candidate(startup().teamSize(50).fundingUsd(1_000_000).build()))
                .value())
        .isEqualTo(1);
  }

  @Test
  void freshnessHalvesEveryFiveYears() {
    Signal freshness = Signals.freshness(2026);

    assertThat(
            freshness
                .compute(analysis(need().build()), candidate(startup().foundedYear(2026).build()))
                .value())
        .isEqualTo(1);
    assertThat(
            freshness
                .compute(analysis(need().build()), candidate(startup().foundedYear(2016).build()))
                .value())
        .isCloseTo(0.25, within(1e-12));
    assertThat(freshness.compute(analysis(need().build()), candidate(startup().build())).value())
        .isZero();
  }

  @Test
  void builtInSignalsHaveDistinctNamesMatchingTheDefaultModel() {
    List<String> names = Signals.defaults().stream().map(Signal::name).toList();

    assertThat(names).doesNotHaveDuplicates();
    assertThat(names).containsExactlyElementsOf(ScoringModel.defaults().signalNames());
  }
}
