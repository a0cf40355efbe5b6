package dev.startupmatching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StartupTest {
  private static Startup.Builder minimal() {
    return Startup.builder("s-1", "LidarCo").description("Solid-state lidar.");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad("id", b -> b.id(null), "id must not be null"),
        bad("id", b -> b.id("  "), "id must not be blank"),
        bad("id", b -> b.id("x".repeat(257)), "id must be at most 256 characters but has 257"),
        bad("name", b -> b.name("\t"), "name must not be blank"),
        bad("description", b -> b.description(null), "description must not be null"),
        bad("oneLiner", b -> b.oneLiner(null), "oneLiner must not be null"),
        bad(
            "technologyAreas",
            b -> b.technologyAreas(List.of("lidar", " ")),
            "technologyAreas must not contain blank values"),
        bad("tags", b -> b.tags(null), "tags must not be null"),
        bad("tags", b -> b.tags(Arrays.asList("a", null)), "tags must not contain blank values"),
        bad(
            "readinessLevel",
            b -> b.readinessLevel(0),
            "readinessLevel must be between 1 and 9 but was 0"),
        bad(
            "readinessLevel",
            b -> b.readinessLevel(10),
            "readinessLevel must be between 1 and 9 but was 10"),
        bad("regions", b -> b.regions(List.of("")), "regions must not contain blank values"),
        bad("teamSize", b -> b.teamSize(0), "teamSize must be at least 1 but was 0"),
        bad(
            "foundedYear",
            b -> b.foundedYear(1799),
            "foundedYear must be between 1800 and 2200 but was 1799"),
        bad(
            "foundedYear",
            b -> b.foundedYear(2201),
            "foundedYear must be between 1800 and 2200 but was 2201"),
        bad("fundingUsd", b -> b.fundingUsd(-1), "fundingUsd must not be negative but was -1"),
        bad(
            "languages",
            b -> b.languages(List.of("en", "english!")),
            "languages must be a language code such as 'en', 'de' or 'zh' but was 'english!'"));
  }

  private static Arguments bad(String attribute, Consumer<Startup.Builder> set, String message) {
    return Arguments.of(attribute, set, message);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badValues")
  void settersRejectBadValuesNamingTheAttribute(
      String attribute, Consumer<Startup.Builder> set, String message) {
    assertThatThrownBy(() -> set.accept(minimal()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasMessageStartingWith(attribute + " ");
  }

  @Test
  void buildRequiresIdNameAndDescription() {
    assertThatThrownBy(() -> Startup.builder().name("A").description("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id is required");
    assertThatThrownBy(() -> Startup.builder().id("s-1").description("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("name is required");
    assertThatThrownBy(() -> Startup.builder("s-1", "A").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("description is required");
  }

  @Test
  void optionalAttributesAreEmptyUnlessSet() {
    Startup startup = minimal().build();

    assertThat(startup.oneLiner()).isEmpty();
    assertThat(startup.technologyAreas()).isEmpty();
    assertThat(startup.tags()).isEmpty();
    assertThat(startup.stage()).isEmpty();
    assertThat(startup.readinessLevel()).isEmpty();
    assertThat(startup.country()).isEmpty();
    assertThat(startup.city()).isEmpty();
    assertThat(startup.regions()).isEmpty();
    assertThat(startup.teamSize()).isEmpty();
    assertThat(startup.foundedYear()).isEmpty();
    assertThat(startup.fundingUsd()).isEmpty();
    assertThat(startup.website()).isEmpty();
    assertThat(startup.languages()).isEmpty();
  }

  @Test
  void stringsAreStrippedAndBlankOptionalStringsMeanUnknown() {
    Startup startup =
        Startup.builder(" s-1 ", " LidarCo ")
            .description("  Lidar.\n")
            .tags(List.of(" lidar ", "lidar", "radar"))
            .country("  ")
            .city(" München ")
            .languages(List.of("DE", "zh-CN"))
            .build();

    assertThat(startup.id()).isEqualTo("s-1");
    assertThat(startup.name()).isEqualTo("LidarCo");
    assertThat(startup.description()).isEqualTo("Lidar.");
    assertThat(startup.tags()).containsExactly("lidar", "radar");
    assertThat(startup.country()).isEmpty();
    assertThat(startup.city()).hasValue("München");
    assertThat(startup.languages()).containsExactly("de", "zh-cn");
  }

  @Test
  void setsAreImmutableCopies() {
    List<String> areas = new ArrayList<>(List.of("lidar"));
    Startup startup = minimal().technologyAreas(areas).build();
    areas.add("radar");

    assertThat(startup.technologyAreas()).containsExactly("lidar");
  }

  @Test
  void toBuilderCopiesEveryAttribute() {
    Startup full =
        minimal()
            .oneLiner("Lidar for cars")
            .technologyAreas(ImmutableList.of("automated-driving.lidar"))
            .tags(ImmutableList.of("sensors"))
            .stage(Stage.SERIES_A)
            .readinessLevel(6)
            .country("Germany")
            .city("Berlin")
            .regions(ImmutableList.of("Europe"))
            .teamSize(40)
            .foundedYear(2019)
            .fundingUsd(12_000_000L)
            .website("https://lidar.example")
            .languages(ImmutableList.of("en", "de"))
            .build();

    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void equalsComparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(
            minimal().build(), minimal().build(), minimal().build().toBuilder().build())
        .addEqualityGroup(minimal().id("s-2").build())
        .addEqualityGroup(minimal().name("RadarCo").build())
        .addEqualityGroup(minimal().description("Radar.").build())
        .addEqualityGroup(minimal().oneLiner("Lidar").build())
        .addEqualityGroup(minimal().technologyAreas(List.of("lidar")).build())
        .addEqualityGroup(minimal().tags(List.of("lidar")).build())
        .addEqualityGroup(minimal().stage(Stage.SEED).build())
        .addEqualityGroup(minimal().readinessLevel(5).build())
        .addEqualityGroup(minimal().country("Germany").build())
        .addEqualityGroup(minimal().city("Berlin").build())
        .addEqualityGroup(minimal().regions(List.of("Europe")).build())
        .addEqualityGroup(minimal().teamSize(3).build())
        .addEqualityGroup(minimal().foundedYear(2020).build())
        .addEqualityGroup(minimal().fundingUsd(0).build())
        .addEqualityGroup(minimal().website("https://lidar.example").build())
        .addEqualityGroup(minimal().languages(List.of("en")).build())
        .testEquals();
  }
}
