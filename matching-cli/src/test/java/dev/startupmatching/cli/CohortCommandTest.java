package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void choosesACohortOfTheExampleWithinItsConstraints() throws Exception {
    CliRun run =
        CliRun.of(
            "cohort",
            "--size",
            "12",
            "--default-capacity",
            "2",
            "--quota",
            "region:China>=40%",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode cohort = JSON.readTree(run.out());
    assertThat(cohort.get("optimal").asBoolean()).isTrue();
    assertThat(cohort.get("size").asInt()).isBetween(1, 12);
    if (cohort.get("greedyBreaks").isEmpty()) {
      assertThat(cohort.get("totalFit").asDouble())
          .isGreaterThanOrEqualTo(cohort.get("greedyTotalFit").asDouble() - 1e-9);
    } else {
      // Best pair first fills the places before the quota is met.
      assertThat(cohort.get("greedyBreaks").toString()).contains("region:China>=40%");
    }
    Set<String> startups = new HashSet<>();
    java.util.Map<String, Integer> perUnit = new java.util.HashMap<>();
    for (JsonNode a : cohort.get("assignments")) {
      assertThat(startups.add(a.get("startup").asText())).as("one unit per startup").isTrue();
      perUnit.merge(a.get("unit").asText(), 1, Integer::sum);
      assertThat(a.get("fit").asDouble()).isGreaterThanOrEqualTo(0.5);
      assertThat(a.get("why").asText()).contains("rank " + a.get("rank").asInt());
    }
    assertThat(perUnit.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    assertThat(cohort.get("constraints"))
        .anySatisfy(c -> assertThat(c.get("name").asText()).isEqualTo("region:China>=40%"));
    for (JsonNode c : cohort.get("constraints")) {
      assertThat(c.get("slack").asDouble()).as(c.toString()).isGreaterThanOrEqualTo(-1e-9);
    }
    assertThat(cohort.get("leftOut")).isNotEmpty();
  }

  @Test
  void printsTheCohortWithReasonsAndTheGreedyGap() {
    CliRun run = CliRun.of("cohort", "--size", "8", "--default-capacity", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("cohort: ")
        .contains("(optimal in ")
        .contains("a greedy choice (best pair first) reaches")
        .contains("best-fitting of each need's best")
        .contains("constraints:")
        .contains("cohort size <= 8");
  }

  @Test
  void aQuotaThatCannotBeMetIsNamedWithExitCode1() {
    CliRun run = CliRun.of("cohort", "--size", "5", "--quota", "region:China>=6");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.printedStackTrace()).isFalse();
    assertThat(run.err().strip())
        .startsWith("error: no cohort meets all the constraints: ")
        .contains("region:China>=6")
        .doesNotContain("\n");
  }

  @Test
  void aBadQuotaIsAUsageError() {
    CliRun run = CliRun.of("cohort", "--quota", "region:Atlantis>=1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no known country or region is called 'Atlantis'");
  }
}
