package dev.startupmatching.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {
  private static Place place(String text) {
    return Places.resolve(text).orElseThrow(() -> new AssertionError(text + " names no place"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Germany",
        "Deutschland",
        "Germania",
        "德国",
        "德國",
        "DE",
        "de",
        "DEU",
        "276",
        "  germany ",
        "GERMANY"
      })
  void everySpellingOfGermanyNamesTheSameCountry(String text) {
    Place germany = place(text);

    assertThat(germany.code()).isEqualTo("DE");
    assertThat(germany.kind()).isEqualTo(Place.Kind.COUNTRY);
    assertThat(germany).isSameAs(place("Germany"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          USA                          | US
          U.S.                         | US
          U.S.A.                       | US
          United States of America     | US
          Vereinigte Staaten           | US
          美国                          | US
          UK                           | GB
          England                      | GB
          Great Britain                | GB
          Mainland China               | CN
          中国                          | CN
          Cina                         | CN
          Hongkong                     | HK
          Hong Kong                    | HK
          Côte d’Ivoire                | CI
          cote d'ivoire                | CI
          Ivory Coast                  | CI
          Turkey                       | TR
          Türkiye                      | TR
          Czech Republic               | CZ
          Holland                      | NL
          The Netherlands              | NL
          España                       | ES
          Österreich                   | AT
          Schweiz                      | CH
          Svizzera                     | CH
          Bosnia and Herzegovina       | BA
          Bosnia & Herzegovina         | BA
          Burma                        | MM
          CA                           | CA
          Europe                       | 150
          Europa                       | 150
          欧洲                          | 150
          EU                           | EU
          European Union               | EU
          Europäische Union            | EU
          DACH                         | DACH
          Greater China                | GREATER-CHINA
          大中华区                       | GREATER-CHINA
          APAC                         | APAC
          Asia Pacific                 | APAC
          EMEA                         | EMEA
          "Europe, Middle East and Africa" | EMEA
          Nordics                      | NORDICS
          Benelux                      | BENELUX
          Middle East                  | MIDDLE-EAST
          Naher Osten                  | MIDDLE-EAST
          Middle East and North Africa | MENA
          South Asia                   | 034
          Southeast Asia               | 035
          East Asia                    | 030
          Africa                       | 002
          Latin America                | 419
          LATAM                        | 419
          North America                | 003
          America / Canada             | US-CANADA
          Oceania                      | 009
          Worldwide                    | 001
          """)
  void namesCodesAndAliasesResolve(String text, String code) {
    assertThat(place(text).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Munich, Bavaria, Germany              | DE
          San Francisco, CA, USA                | US
          London, England, United Kingdom       | GB
          Lagos, LA, Nigeria                    | NG
          Hong Kong, Hong Kong                  | HK
          Paris, Île-de-France, France          | FR
          Munich, Germany, Europe               | DE
          Berlin, Europe                        | 150
          慕尼黑，德国                            | DE
          """)
  void aLocationNamesTheLastOfItsPartsThatIsACountry(String text, String code) {
    assertThat(place(text).code()).isEqualTo(code);
  }

  @Test
  void twoLettersAreACountryOnlyAsTheWholeText() {
    assertThat(place("CA").code()).isEqualTo("CA");
    assertThat(place("San Francisco, CA, USA").code()).isEqualTo("US");
    // MA would be Morocco, and DE Germany; in a location they are states.
    assertThat(Places.resolve("Boston, MA")).isEmpty();
    assertThat(Places.resolve("Wilmington, DE")).isEmpty();
    assertThat(place("Munich, DEU").code()).isEqualTo("DE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Munich", "Bavaria", "Remote", "Unspecified", "", "  ", "...", "ZZ", "UN"})
  void citiesStatesAndNonPlacesNameNoPlace(String text) {
    assertThat(Places.resolve(text)).isEmpty();
  }

  @Test
  void europeContainsMunichAndTheEuContainsGermanyButNotSwitzerlandOrTheUk() {
    Place germany = place("Munich, Germany");
    Place switzerland = place("Switzerland");
    Place uk = place("UK");
    Place eu = place("EU");
    Place europe = place("Europe");

    assertThat(germany.isWithin(eu)).isTrue();
    assertThat(switzerland.isWithin(eu)).isFalse();
    assertThat(uk.isWithin(eu)).isFalse();
    assertThat(germany.isWithin(europe)).isTrue();
    assertThat(switzerland.isWithin(europe)).isTrue();
    assertThat(uk.isWithin(europe)).isTrue();
    assertThat(europe.isWithin(germany)).isFalse();
    assertThat(germany.isWithin(germany)).isTrue();
  }

  @Test
  void greaterChinaHoldsChinaHongKongMacaoAndTaiwan() {
    Place greaterChina = place("Greater China");

    assertThat(place("China").isWithin(greaterChina)).isTrue();
    assertThat(place("Hong Kong").isWithin(greaterChina)).isTrue();
    assertThat(place("Macau").isWithin(greaterChina)).isTrue();
    assertThat(place("Taiwan").isWithin(greaterChina)).isTrue();
    assertThat(place("Japan").isWithin(greaterChina)).isFalse();
    assertThat(greaterChina.isWithin(place("Asia"))).isTrue();
    assertThat(greaterChina.isWithin(place("APAC"))).isTrue();
  }

  @Test
  void groupingsLieWithinTheRegionsThatHoldAllTheirCountries() {
    Place dach = place("DACH");

    assertThat(place("Austria").isWithin(dach)).isTrue();
    assertThat(place("Italy").isWithin(dach)).isFalse();
    assertThat(dach.isWithin(place("Western Europe"))).isTrue();
    assertThat(dach.isWithin(place("EU"))).isFalse();
    assertThat(place("Middle East").isWithin(place("EMEA"))).isTrue();
    assertThat(place("Gulf states").isWithin(place("Middle East"))).isTrue();
    assertThat(place("Scandinavia").isWithin(place("Nordics"))).isTrue();
    assertThat(place("Netherlands").isWithin(place("Benelux"))).isTrue();
    assertThat(place("India").isWithin(place("South Asia"))).isTrue();
    assertThat(place("Canada").isWithin(place("America / Canada"))).isTrue();
    assertThat(place("Mexico").isWithin(place("America / Canada"))).isFalse();
    assertThat(place("Mexico").isWithin(place("Latin America"))).isTrue();
  }

  @Test
  void containersRunFromTheSmallestToTheWorld() {
    assertThat(place("Germany").containers())
        .extracting(Place::code)
        .containsSubsequence("155", "EU", "150", "001")
        .contains("DACH", "EZ", "EMEA")
        .doesNotContain("DE", "002");
    assertThat(place("World").containers()).isEmpty();
  }

  @Test
  void placesAreNamedInEnglishGermanChineseAndItalian() {
    Place germany = place("DE");
    Place europe = place("150");
    Place greaterChina = place("GREATER-CHINA");

    assertThat(germany.name()).isEqualTo("Germany");
    assertThat(germany.name("de")).isEqualTo("Deutschland");
    assertThat(germany.name("zh")).isEqualTo("德国");
    assertThat(germany.name("it")).isEqualTo("Germania");
    assertThat(europe.name("de")).isEqualTo("Europa");
    assertThat(europe.name("zh")).isEqualTo("欧洲");
    assertThat(greaterChina.name()).isEqualTo("Greater China");
    assertThat(greaterChina.name("de")).isEqualTo("Großchina");
    assertThat(greaterChina.name("fr")).isEqualTo("Greater China");
    assertThat(place("World").name()).isEqualTo("World");
    assertThat(germany).hasToString("Germany (DE)");
    assertThatThrownBy(() -> germany.name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must not be null or blank");
  }

  @Test
  void placesAreEqualByCode() {
    new EqualsTester()
        .addEqualityGroup(place("Germany"), place("DE"), place("Deutschland"))
        .addEqualityGroup(place("EU"))
        .testEquals();
  }

  @Test
  void theVersionNamesTheRulesAndTheCldr() {
    assertThat(Places.version()).matches("\\d+-cldr[\\d.]+-[0-9a-f]{12}");
    assertThatThrownBy(() -> Places.resolve(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be null");
  }
}
