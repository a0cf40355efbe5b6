package dev.startupmatching.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CohortPlannerTest {
  private static final Need DRIVING = need("N1", "ad");
  private static final Need BATTERY = need("N2", "bat");
  private static final Startup A = startup("A", "China", "lidar", "perception");
  private static final Startup B = startup("B", "Germany", "lidar", "perception");
  private static final Startup C = startup("C", "China", "battery");
  private static final Startup D = startup("D", "United States", "battery");
  private static final Startup E = startup("E", "Germany", "battery");
  private static final Startup F = startup("F", "Germany", "maps");

  /** The driving unit can take one pilot and the battery unit two; three startups in all. */
  private static final List<Pairing> PAIRS =
      List.of(
          new Pairing(DRIVING, A, 0.9, 1),
          new Pairing(DRIVING, B, 0.78, 2),
          new Pairing(DRIVING, C, 0.3, 3),
          new Pairing(BATTERY, C, 0.85, 1),
          new Pairing(BATTERY, A, 0.65, 2),
          new Pairing(BATTERY, D, 0.6, 3),
          new Pairing(BATTERY, E, 0.5, 4));

  private static CohortPlanner.Builder planner() {
    return CohortPlanner.builder().size(3).capacity("ad", 1).capacity("bat", 2);
  }

  @Test
  void choosesTheHighestTotalFitAndSaysWhy() {
    Cohort cohort = planner().build().plan(PAIRS);
    assertThat(chosen(cohort)).isEqualTo(Map.of("A", "ad", "C", "bat", "D", "bat"));
    assertThat(cohort.totalFit()).isCloseTo(2.35, within(1e-9));
    assertThat(cohort.optimal()).isTrue();
    assertThat(cohort.assignments().get(0).reason())
        .isEqualTo("fit 0.90, rank 1 of need N1, met by ad");
    assertThat(reasons(cohort))
        .containsEntry("N1/B", "ad's capacity (1) was used by better fits, the lowest 0.90")
        .containsEntry(
            "N1/C", "already in the cohort with bat (need N2), and a startup meets at most 1 unit")
        .containsEntry("N2/E", "bat's capacity (2) was used by better fits, the lowest 0.60");
    assertThat(cohort.binding())
        .extracting(ConstraintReport::name)
        .contains("cohort size <= 3", "capacity of ad <= 1", "capacity of bat <= 2");
    assertThat(cohort.unfilledCapacity()).containsEntry("ad", 0).containsEntry("bat", 0);
  }

  @Test
  void aShareQuotaShrinksTheCohortRatherThanBreak() {
    Cohort cohort = planner().quota(Quota.parse("region:China>=67%")).build().plan(PAIRS);
    assertThat(chosen(cohort)).isEqualTo(Map.of("A", "ad", "C", "bat"));
    assertThat(cohort.unfilledCapacity()).containsEntry("bat", 1);
    assertThat(reasons(cohort))
        .containsEntry("N2/D", "adding it would break the quota region:China>=67%");
  }

  @Test
  void aBindingQuotaIsWhatItsStartupsCountToward() {
    Cohort cohort = planner().quota(Quota.parse("region:China>=2")).build().plan(PAIRS);
    assertThat(chosen(cohort)).isEqualTo(Map.of("A", "ad", "C", "bat", "D", "bat"));
    assertThat(cohort.binding()).extracting(ConstraintReport::name).contains("region:China>=2");
    assertThat(cohort.assignments())
        .filteredOn(a -> !a.pairing().startup().id().equals("D"))
        .allSatisfy(a -> assertThat(a.reason()).endsWith("; counts toward region:China>=2"));
  }

  @Test
  void aQuotaThatCannotBeMetIsNamed() {
    assertThatThrownBy(() -> planner().quota(Quota.parse("region:China>=3")).build().plan(PAIRS))
        .isInstanceOf(CohortInfeasibleException.class)
        .satisfies(
            e ->
                assertThat(((CohortInfeasibleException) e).conflicting())
                    .as("only two startups are from China, whatever the size or capacities")
                    .containsExactly("region:China>=3"))
        .hasMessage("no cohort meets all the constraints: region:China>=3 cannot all hold");
  }

  @Test
  void aRequiredStartupBelowTheMinimumFitIsNamedWithIt() {
    assertThatThrownBy(() -> planner().require("E").minFit(0.55).build().plan(PAIRS))
        .isInstanceOf(CohortInfeasibleException.class)
        .hasMessage(
            "no cohort meets all the constraints: startup E must be in, minimum fit 0.55 cannot"
                + " all hold (none of its pairs has the minimum fit and a unit with capacity)");
  }

  @Test
  void aRequiredStartupIsIn() {
    Cohort cohort = planner().require("E").build().plan(PAIRS);
    assertThat(chosen(cohort)).containsEntry("E", "bat");
    assertThat(cohort.assignments())
        .filteredOn(a -> a.pairing().startup().id().equals("E"))
        .singleElement()
        .satisfies(a -> assertThat(a.reason()).startsWith("asked to be in; "));
  }

  @Test
  void fairnessServesTheLeastServedUnitFirst() {
    List<Pairing> pairs =
        List.of(
            new Pairing(DRIVING, A, 0.9, 1),
            new Pairing(DRIVING, B, 0.85, 2),
            new Pairing(BATTERY, C, 0.4, 1));
    CohortPlanner.Builder planner = CohortPlanner.builder().size(2).defaultCapacity(2);
    assertThat(chosen(planner.build().plan(pairs))).isEqualTo(Map.of("A", "ad", "B", "ad"));
    assertThat(chosen(planner.fairness(true).build().plan(pairs)))
        .isEqualTo(Map.of("A", "ad", "C", "bat"));
  }

  @Test
  void diversityKeepsAlikeStartupsFromOneUnit() {
    List<Pairing> pairs =
        List.of(
            new Pairing(DRIVING, A, 0.9, 1),
            new Pairing(DRIVING, B, 0.88, 2),
            new Pairing(DRIVING, F, 0.8, 3));
    CohortPlanner.Builder planner = CohortPlanner.builder().size(2).defaultCapacity(2);
    assertThat(chosen(planner.build().plan(pairs)).keySet()).containsExactlyInAnyOrder("A", "B");
    Cohort diverse = planner.diversity(0.5).build().plan(pairs);
    assertThat(chosen(diverse).keySet()).containsExactlyInAnyOrder("A", "F");
    assertThat(diverse.objective()).isCloseTo(1.7, within(1e-9));
  }

  @Test
  void greedyTakesTheBestPairFirstAndCanDoWorse() {
    // A fits both units best; giving it the driving pilot leaves B, which fits only driving, out.
    List<Pairing> pairs =
        List.of(
            new Pairing(DRIVING, A, 0.9, 1),
            new Pairing(DRIVING, B, 0.8, 2),
            new Pairing(BATTERY, A, 0.85, 1));
    CohortPlanner planner = CohortPlanner.builder().size(2).defaultCapacity(1).build();
    Cohort greedy = planner.planGreedily(pairs);
    Cohort best = planner.plan(pairs);
    assertThat(chosen(greedy)).isEqualTo(Map.of("A", "ad"));
    assertThat(chosen(best)).isEqualTo(Map.of("B", "ad", "A", "bat"));
    assertThat(best.totalFit()).isCloseTo(1.65, within(1e-9));
    assertThat(RandomInstances.violations(planner, RandomInstances.pairs(greedy))).isEmpty();
  }

  @Test
  void greedyMeetsALowerQuotaFirst() {
    CohortPlanner planner = planner().quota(Quota.parse("region:Germany>=1")).build();
    Cohort greedy = planner.planGreedily(PAIRS);
    assertThat(RandomInstances.violations(planner, RandomInstances.pairs(greedy))).isEmpty();
    assertThat(chosen(greedy)).containsKey("B");
    assertThat(planner.plan(PAIRS).totalFit()).isGreaterThanOrEqualTo(greedy.totalFit() - 1e-9);
  }

  @Test
  void quotasReadAsWritten() {
    assertThat(Quota.parse("region:China>=40%").toString()).isEqualTo("region:China>=40%");
    assertThat(Quota.parse("area:battery <= 2").toString()).isEqualTo("area:battery<=2");
    assertThat(Quota.parse("stage:seed>=3").atLeast()).isTrue();
    assertThatThrownBy(() -> Quota.parse("region:Atlantis>=1"))
        .hasMessage("no known country or region is called 'Atlantis'");
    assertThatThrownBy(() -> Quota.parse("colour:red>=1"))
        .hasMessage("unknown kind 'colour' in 'colour:red'; use region, area or stage");
    assertThatThrownBy(() -> Quota.parse("region:China=1"))
        .hasMessageStartingWith("'region:China=1' is not a quota such as");
  }

  private static Map<String, String> chosen(Cohort cohort) {
    return cohort.assignments().stream()
        .collect(Collectors.toMap(a -> a.pairing().startup().id(), Assignment::unit));
  }

  private static Map<String, String> reasons(Cohort cohort) {
    return cohort.leftOut().stream()
        .collect(
            Collectors.toMap(
                l -> l.pairing().need().id() + "/" + l.pairing().startup().id(), LeftOut::reason));
  }

  private static Need need(String id, String unit) {
    return Need.builder(id, "need " + id).unit(unit).build();
  }

  private static Startup startup(String id, String country, String... tags) {
    return Startup.builder(id, "Startup " + id)
        .description("startup " + id)
        .country(country)
        .tags(List.of(tags))
        .build();
  }
}
