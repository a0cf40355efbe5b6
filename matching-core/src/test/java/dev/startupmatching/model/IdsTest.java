package dev.startupmatching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Ids are one word on one line: what would split a column or a line, or hide, is rejected. */
class IdsTest {
  /** The id that forged a TREC result for a startup that does not exist. */
  private static final String FORGED = "a 9 1.0 t\nN1 Q0 injected 1 100.0 t\nN1 Q0 b";

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      ints = {
        0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x00, 0x1B, 0x7F, 0x85, 0x9B, 0xA0, 0x1680, 0x2007,
        0x200B, 0x200D, 0x2028, 0x2029, 0x202E, 0x2066, 0x2069, 0x3000, 0xFEFF
      })
  void forbidsWhiteSpaceControlAndFormatCharacters(int codePoint) {
    assertThat(Ids.isForbidden(codePoint)).isTrue();
    String id = "s" + Character.toString(codePoint) + "1";

    assertThatThrownBy(() -> Ids.check("startupId", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "startupId must not contain whitespace or control characters but has U+%04X at"
                + " character 2",
            codePoint);
    assertThatThrownBy(() -> Startup.builder().id(id))
        .hasMessageStartingWith("id must not contain whitespace or control characters");
  }

  @Test
  void allowsWhatIdsOfTheSampleDataAndOtherScriptsHold() {
    for (String id : List.of("yc-5", "s-1", "automated-driving.lidar", "D01", "汽车-7", "ä_ö:ß/ü")) {
      assertThat(Ids.check("id", id)).isEqualTo(id);
    }
    assertThat(Ids.isForbidden(0x1F697)).as("an emoji, outside the basic plane").isFalse();
  }

  @Test
  void theForgedTrecIdIsRejectedAtItsFirstSpace() {
    assertThatThrownBy(() -> Startup.builder().id(FORGED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "id must not contain whitespace or control characters but has U+0020 at character 2");
  }

  @Test
  void positionsCountCodePointsOfTheStrippedId() {
    assertThatThrownBy(() -> Need.builder().id("  \uD83D\uDE97a\u00A0b "))
        .hasMessage(
            "id must not contain whitespace or control characters but has U+00A0 at character 3");
  }

  @Test
  void checkDoesNotStripAndLimitsTheLength() {
    assertThatThrownBy(() -> Ids.check("needId", " n1"))
        .hasMessage(
            "needId must not contain whitespace or control characters but has U+0020 at"
                + " character 1");
    assertThatThrownBy(() -> Ids.check("needId", "")).hasMessage("needId must not be empty");
    assertThatThrownBy(() -> Ids.check("needId", null)).hasMessage("needId must not be null");
    assertThatThrownBy(() -> Ids.check("needId", "x".repeat(Ids.MAX_LENGTH + 1)))
        .hasMessage("needId must be at most 256 characters but has 257");
    assertThat(Ids.check("needId", "x".repeat(Ids.MAX_LENGTH))).hasSize(Ids.MAX_LENGTH);
  }

  static Stream<Arguments> idLikeAttributes() {
    return Stream.of(
        Arguments.of(
            "units",
            (Consumer<String>) id -> BusinessUnit.builder().id(id),
            "id must not contain whitespace or control characters but has U+0020 at character 2"),
        Arguments.of(
            "areas",
            (Consumer<String>) id -> TechnologyArea.builder().id(id),
            "id must not contain whitespace or control characters but has U+0020 at character 2"),
        Arguments.of(
            "parents",
            (Consumer<String>) id -> TechnologyArea.builder().parent(id),
            "parent must not contain whitespace or control characters but has U+0020 at"
                + " character 2"),
        Arguments.of(
            "a startup's areas",
            (Consumer<String>) id -> Startup.builder().technologyAreas(List.of("ok", id)),
            "technologyAreas must not contain whitespace or control characters but value 2 has"
                + " U+0020 at character 2"),
        Arguments.of(
            "a need's required areas",
            (Consumer<String>) id -> Need.builder().requiredAreas(List.of(id)),
            "requiredAreas must not contain whitespace or control characters but value 1 has"
                + " U+0020 at character 2"),
        Arguments.of(
            "a need's preferred areas",
            (Consumer<String>) id -> Need.builder().preferredAreas(List.of(id)),
            "preferredAreas must not contain whitespace or control characters but value 1 has"
                + " U+0020 at character 2"),
        Arguments.of(
            "a need's excluded startups",
            (Consumer<String>) id -> Need.builder().excludedStartupIds(List.of("s-1", "s-2", id)),
            "excludedStartupIds must not contain whitespace or control characters but value 3"
                + " has U+0020 at character 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idLikeAttributes")
  void idsOfOtherRecordsFollowTheRule(String what, Consumer<String> set, String message) {
    assertThatThrownBy(() -> set.accept("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    set.accept(" a-b ");
  }

  @Test
  void excludedStartupIdsAreNoLongerThanAStartupId() {
    assertThatThrownBy(() -> Need.builder().excludedStartupIds(List.of("x".repeat(257))))
        .hasMessage("excludedStartupIds must be at most 256 characters but has 257");
  }

  @Test
  void aUnitNameMayStandForTheUnitOfANeed() {
    assertThat(Need.builder("n-1", "d").unit("Connected Car").build().unit())
        .hasValue("Connected Car");
  }

  /**
   * An id is accepted exactly when, stripped, it is not empty and nothing in it is matched by what
   * splits columns or lines or is invisible, as the regular expression classes say.
   */
  @Test
  void acceptedIdsAreThoseWithoutSeparatorsOrInvisibleCharacters() {
    Pattern separatorOrInvisible = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]|\\R");
    // Mostly characters at the edges of the rule, some from anywhere in Unicode.
    Gen<Integer> codePoint =
        Generate.oneOf(
            Generate.pick(
                List.of(
                    (int) 'a', (int) '7', (int) '-', 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1C,
                    0x7F, 0x85, 0x9B, 0xA0, 0xAD, 0x1680, 0x2000, 0x200B, 0x2028, 0x202E, 0x2066,
                    0x3000, 0xFEFF, 0x6C7D, 0x1F697)),
            integers().between(0, Character.MAX_CODE_POINT));
    Gen<String> texts =
        lists()
            .of(codePoint)
            .ofSizeBetween(0, 8)
            .map(
                points -> {
                  StringBuilder text = new StringBuilder();
                  points.forEach(text::appendCodePoint);
                  return text.toString();
                });
    qt().withExamples(2000)
        .forAll(texts)
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> Startup.builder().id(text));
              String stripped = text.strip();
              if (stripped.isEmpty() || separatorOrInvisible.matcher(stripped).find()) {
                assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
              } else {
                assertThat(thrown).isNull();
                assertThat(stripped.split("\\s+", -1)).containsExactly(stripped);
              }
            });
  }
}
