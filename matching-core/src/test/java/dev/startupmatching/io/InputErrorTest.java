package dev.startupmatching.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

class InputErrorTest {
  @Test
  void fieldErrorNamesSourceLineAndField() {
    InputError error =
        InputError.ofField(
            "startups.jsonl",
            12,
            "readinessLevel",
            "readinessLevel must be between 1 and 9 but was 12");

    assertThat(error.source()).isEqualTo("startups.jsonl");
    assertThat(error.line()).isEqualTo(12);
    assertThat(error.field()).hasValue("readinessLevel");
    assertThat(error)
        .hasToString(
            "startups.jsonl:12: field 'readinessLevel': readinessLevel must be between 1 and 9 but"
                + " was 12");
  }

  @Test
  void lineErrorHasNoField() {
    InputError error = InputError.ofLine("needs.jsonl", 3, "malformed JSON at column 17: Oops");

    assertThat(error.field()).isEmpty();
    assertThat(error).hasToString("needs.jsonl:3: malformed JSON at column 17: Oops");
  }

  @Test
  void terminalEscapesAndBidiOverridesAreShownNotSent() {
    InputError error =
        InputError.ofField(
            "evil\u001B]0;pwned\u0007.jsonl",
            3,
            "name\u009B",
            "unknown stage '\u001B[2J\u202Eegats\u2066x\u2069\u007F' \t(tab kept)");

    assertThat(error.toString())
        .isEqualTo(
            "evil\\u001B]0;pwned\\u0007.jsonl:3: field 'name\\u009B': unknown stage"
                + " '\\u001B[2J\\u202Eegats\\u2066x\\u2069\\u007F' \t(tab kept)")
        .doesNotContain("\u001B", "\u0007", "\u009B", "\u202E", "\u2066", "\u007F");
    assertThat(error.message()).as("the message itself is kept as it was").contains("\u001B[2J");
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> InputError.ofLine("a", 0, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be at least 1 but was 0");
    assertThatThrownBy(() -> InputError.ofField("a", 1, " ", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field must not be blank");
    assertThatThrownBy(() -> InputError.ofField("a", 1, null, "m"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InputError.ofLine(null, 1, "m"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsComparesAllParts() {
    new EqualsTester()
        .addEqualityGroup(InputError.ofLine("a", 1, "m"), InputError.ofLine("a", 1, "m"))
        .addEqualityGroup(InputError.ofLine("b", 1, "m"))
        .addEqualityGroup(InputError.ofLine("a", 2, "m"))
        .addEqualityGroup(InputError.ofLine("a", 1, "n"))
        .addEqualityGroup(InputError.ofField("a", 1, "id", "m"))
        .testEquals();
  }

  @Test
  void exceptionCarriesTheErrorAndSurvivesSerialization() {
    InputError error =
        InputError.ofField("a.jsonl", 4, "tags[1]", "expected a string but was null");
    InputException exception = new InputException(error);

    assertThat(exception.error()).isSameAs(error);
    assertThat(exception).hasMessage("a.jsonl:4: field 'tags[1]': expected a string but was null");
    assertThat(SerializableTester.reserialize(exception).error()).isEqualTo(error);
  }
}
