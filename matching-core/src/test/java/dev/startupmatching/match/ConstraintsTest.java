package dev.startupmatching.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Places;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintsTest {
  private static final Startup MUNICH = startup("munich").country("Germany").city("Munich").build();
  private static final Startup SHANGHAI =
      startup("shanghai").country("China").city("Shanghai").build();

  private static Startup.Builder startup(String id) {
    return Startup.builder(id, id).description("mobility");
  }

  private static Constraints regions(String... regions) {
    return Constraints.builder().regions(List.of(regions)).build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Europe", "Europa", "欧洲", "EU", "DACH", "Deutschland", "DE", "Germany", "EMEA"})
  void aStartupInMunichMeetsEveryRegionThatContainsGermany(String region) {
    assertThat(regions(region).test(MUNICH)).isTrue();
    assertThat(regions(region).test(SHANGHAI)).isFalse();
  }

  @Test
  void aStartupListingOnlyEuropeDoesNotMeetANeedLimitedToGermany() {
    Startup europe = startup("europe").regions(List.of("Europe")).build();

    assertThat(regions("Germany").test(europe)).isFalse();
    assertThat(regions("Europe").test(europe)).isTrue();
  }

  @Test
  void greaterChinaHoldsShenzhenAndHongKong() {
    Constraints greaterChina = regions("Greater China");

    assertThat(greaterChina.test(startup("sz").country("China").city("Shenzhen").build())).isTrue();
    assertThat(greaterChina.test(startup("hk").country("Hong Kong").build())).isTrue();
    assertThat(greaterChina.test(startup("hk-city").city("Hong Kong").build())).isTrue();
    assertThat(greaterChina.test(startup("tokyo").country("Japan").build())).isFalse();
  }

  @Test
  void aRegionThatNamesNoPlaceIsComparedWithTheTextsOfTheLocation() {
    Constraints munich = regions(" munich ");
    Constraints bavaria = regions("Bavaria");

    assertThat(munich.regionPlaces()).isEmpty();
    assertThat(munich.regionTextKeys()).containsExactly("munich");
    assertThat(munich.test(MUNICH)).isTrue();
    assertThat(munich.test(startup("berlin").country("Germany").city("Berlin").build())).isFalse();
    assertThat(bavaria.test(startup("by").regions(List.of("Munich, Bavaria, Germany")).build()))
        .isTrue();
    assertThat(bavaria.test(MUNICH)).isFalse();
    assertThat(regions("Remote").test(startup("r").regions(List.of("Remote")).build())).isTrue();
  }

  @Test
  void regionsAreSplitIntoPlacesAndTexts() {
    Constraints constraints = regions("Europe", "DE", "Bavaria");

    assertThat(constraints.regionKeys()).containsExactly("europe", "de", "bavaria");
    assertThat(constraints.regionPlaces())
        .containsExactly(
            Places.resolve("Europe").orElseThrow(), Places.resolve("Germany").orElseThrow());
    assertThat(constraints.regionTextKeys()).containsExactly("bavaria");
    assertThat(constraints).isEqualTo(regions("EUROPE", "de", "Bavaria "));
  }

  @Test
  void aStartupWithoutALocationIsNotFilteredOut() {
    Startup nowhere = startup("nowhere").build();

    assertThat(regions("Europe").test(nowhere)).isTrue();
    assertThat(regions("Europe").locatedInRegion(nowhere)).isFalse();
  }

  @Test
  void aNeedsRegionsAreItsConstraints() {
    Need need = Need.builder("n", "lidar").regions(List.of("Europa")).build();

    assertThat(Constraints.of(need).test(MUNICH)).isTrue();
    assertThat(Constraints.of(need).test(SHANGHAI)).isFalse();
  }
}
