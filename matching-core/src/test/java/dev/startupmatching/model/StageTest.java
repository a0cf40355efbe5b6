package dev.startupmatching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageTest {
  @Test
  void idIsLowerCaseWithHyphens() {
    assertThat(Stage.SERIES_A.id()).isEqualTo("series-a");
    assertThat(Stage.PRE_SEED.id()).isEqualTo("pre-seed");
    assertThat(Stage.PUBLIC.id()).isEqualTo("public");
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void parseReadsItsOwnId(Stage stage) {
    assertThat(Stage.parse(stage.id())).isEqualTo(stage);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"series-a", "Series A", "SERIES_A", "series_a", "  series-a  ", "SeRiEs-A"})
  void parseIgnoresCaseSeparatorsAndSurroundingSpace(String text) {
    assertThat(Stage.parse(text)).isEqualTo(Stage.SERIES_A);
  }

  @Test
  void parseRejectsUnknownStageListingTheValidValues() {
    assertThatThrownBy(() -> Stage.parse("series-z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown stage 'series-z'; expected one of idea, pre-seed, seed, series-a, series-b,"
                + " series-c, growth, public");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "seriesa", "series--a"})
  void parseRejectsNearMisses(String text) {
    assertThatThrownBy(() -> Stage.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown stage '" + text + "'");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Stage.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage must not be null");
  }
}
