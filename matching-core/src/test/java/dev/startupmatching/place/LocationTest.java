package dev.startupmatching.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.startupmatching.model.Startup;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationTest {
  private static Startup.Builder startup() {
    return Startup.builder("s", "S").description("mobility");
  }

  private static Place place(String text) {
    return Places.resolve(text).orElseThrow();
  }

  @Test
  void aStartupIsInItsCountryAndEveryPlaceContainingIt() {
    Location munich = Location.of(startup().country("Germany").city("Munich").build());

    assertThat(munich.places())
        .contains(
            place("Germany"),
            place("Europe"),
            place("EU"),
            place("DACH"),
            place("Western Europe"),
            place("World"))
        .doesNotContain(place("Switzerland"), place("Asia"));
    assertThat(munich.texts()).containsExactly("Germany", "Munich");
    assertThat(munich.unresolved()).isEmpty();
  }

  @Test
  void aStartupListingOnlyARegionIsNotInTheCountriesOfThatRegion() {
    Location europe = Location.of(startup().regions(List.of("Europe")).build());

    assertThat(europe.places()).contains(place("Europe")).doesNotContain(place("Germany"));
  }

  @Test
  void aCityNamingACountryOfTheSameSubregionCountsAndATownNamedAfterOneDoesNot() {
    Location hongKong = Location.of(startup().country("China").city("Hong Kong").build());
    Location lebanon = Location.of(startup().country("USA").city("Lebanon").build());
    Location cityAlone = Location.of(startup().city("Hong Kong").build());

    assertThat(hongKong.places()).contains(place("China"), place("Hong Kong"));
    assertThat(lebanon.places()).contains(place("USA")).doesNotContain(place("Lebanon"));
    assertThat(cityAlone.places()).contains(place("Hong Kong"), place("Greater China"));
  }

  @Test
  void regionsAddTheirPlacesAndTheirCommaSeparatedPartsAsTexts() {
    Location location =
        Location.of(startup().regions(List.of("Munich, Bavaria, Germany", "Remote")).build());

    assertThat(location.places()).contains(place("Germany"), place("Europe"));
    assertThat(location.texts())
        .containsExactly("Munich, Bavaria, Germany", "Munich", "Bavaria", "Germany", "Remote");
    assertThat(location.unresolved()).isEmpty();
  }

  @Test
  void textsThatNameNoPlaceAreUnresolvedByFieldButNonPlacesAreNot() {
    Location location =
        Location.of(
            startup()
                .country("Germny")
                .city("Munich")
                .regions(List.of("Europe", "Bavaria", "Partly Remote", "Unspecified"))
                .build());

    assertThat(location.unresolved())
        .containsExactly(
            entry("country", "Germny"), entry("city", "Munich"), entry("regions[1]", "Bavaria"));
    assertThat(location.places()).contains(place("Europe"));
  }

  @Test
  void aCityInAStatedCountryIsNeverUnresolved() {
    assertThat(Location.of(startup().country("DE").city("Ingolstadt").build()).unresolved())
        .isEmpty();
    assertThat(Location.of(startup().city("Ingolstadt").build()).unresolved())
        .containsExactly(entry("city", "Ingolstadt"));
  }

  @Test
  void aStartupWithoutALocationIsNowhere() {
    Location nowhere = Location.of(startup().build());

    assertThat(nowhere.places()).isEmpty();
    assertThat(nowhere.texts()).isEmpty();
    assertThat(nowhere.unresolved()).isEmpty();
  }
}
