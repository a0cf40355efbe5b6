package dev.startupmatching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeedTest {
  private static Need.Builder minimal() {
    return Need.builder("n-1", "Detect pedestrians at night.");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("id", (Consumer<Need.Builder>) b -> b.id(""), "id must not be blank"),
        Arguments.of(
            "title", (Consumer<Need.Builder>) b -> b.title(null), "title must not be null"),
        Arguments.of(
            "description",
            (Consumer<Need.Builder>) b -> b.description(null),
            "description must not be null"),
        Arguments.of(
            "requiredAreas",
            (Consumer<Need.Builder>) b -> b.requiredAreas(List.of(" ")),
            "requiredAreas must not contain blank values"),
        Arguments.of(
            "preferredAreas",
            (Consumer<Need.Builder>) b -> b.preferredAreas(null),
            "preferredAreas must not be null"),
        Arguments.of(
            "preferredStages",
            (Consumer<Need.Builder>) b -> b.preferredStages(Arrays.asList(Stage.SEED, null)),
            "preferredStages must not contain null"),
        Arguments.of(
            "minReadinessLevel",
            (Consumer<Need.Builder>) b -> b.minReadinessLevel(12),
            "minReadinessLevel must be between 1 and 9 but was 12"),
        Arguments.of(
            "regions",
            (Consumer<Need.Builder>) b -> b.regions(List.of("")),
            "regions must not contain blank values"),
        Arguments.of(
            "excludedStartupIds",
            (Consumer<Need.Builder>) b -> b.excludedStartupIds(Arrays.asList("s-1", null)),
            "excludedStartupIds must not contain blank values"),
        Arguments.of(
            "language",
            (Consumer<Need.Builder>) b -> b.language("German"),
            "language must be a language code such as 'en', 'de' or 'zh' but was 'German'"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badValues")
  void settersRejectBadValuesNamingTheAttribute(
      String attribute, Consumer<Need.Builder> set, String message) {
    assertThatThrownBy(() -> set.accept(minimal()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasMessageStartingWith(attribute + " ");
  }

  @Test
  void buildRequiresIdAndDescription() {
    assertThatThrownBy(() -> Need.builder().description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id is required");
    assertThatThrownBy(() -> Need.builder().id("n-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("description is required");
  }

  @Test
  void blankUnitMeansNone() {
    assertThat(minimal().unit("  ").build().unit()).isEmpty();
    assertThat(minimal().unit(" u-1 ").build().unit()).hasValue("u-1");
  }

  @Test
  void textJoinsTitleAndDescription() {
    assertThat(minimal().build().text()).isEqualTo("Detect pedestrians at night.");
    assertThat(minimal().title("Night vision").build().text())
        .isEqualTo("Night vision\nDetect pedestrians at night.");
  }

  @Test
  void preferredStagesAreKeptInStageOrder() {
    Need need = minimal().preferredStages(List.of(Stage.GROWTH, Stage.IDEA, Stage.SEED)).build();

    assertThat(need.preferredStages()).containsExactly(Stage.IDEA, Stage.SEED, Stage.GROWTH);
  }

  @Test
  void toBuilderCopiesEveryAttribute() {
    Need full =
        minimal()
            .unit("u-1")
            .title("Night vision")
            .requiredAreas(List.of("sensors"))
            .preferredAreas(List.of("sensors.thermal"))
            .preferredStages(List.of(Stage.SEED))
            .minReadinessLevel(4)
            .regions(List.of("Europe"))
            .excludedStartupIds(List.of("s-9"))
            .minTeamSize(5)
            .maxFundingUsd(2_000_000)
            .pilotTimeline("4 months from Q2 2027")
            .language("en")
            .build();

    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void equalsComparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(
            minimal().build(), minimal().build(), minimal().build().toBuilder().build())
        .addEqualityGroup(minimal().id("n-2").build())
        .addEqualityGroup(minimal().unit("u-1").build())
        .addEqualityGroup(minimal().title("Night vision").build())
        .addEqualityGroup(minimal().description("Something else.").build())
        .addEqualityGroup(minimal().requiredAreas(List.of("sensors")).build())
        .addEqualityGroup(minimal().preferredAreas(List.of("sensors")).build())
        .addEqualityGroup(minimal().preferredStages(List.of(Stage.SEED)).build())
        .addEqualityGroup(minimal().minReadinessLevel(3).build())
        .addEqualityGroup(minimal().regions(List.of("Europe")).build())
        .addEqualityGroup(minimal().excludedStartupIds(List.of("s-1")).build())
        .addEqualityGroup(minimal().minTeamSize(5).build())
        .addEqualityGroup(minimal().maxFundingUsd(1_000_000).build())
        .addEqualityGroup(minimal().pilotTimeline("Q3 2027").build())
        .addEqualityGroup(minimal().language("de").build())
        .testEquals();
  }
}
