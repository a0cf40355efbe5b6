package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oversized, over-deep and otherwise hostile documents are input errors that name the line, never
 * crashes, and an error always renders on one line.
 */
class HostileInputTest {
  private static final String GOOD = "{\"id\":\"s-1\",\"name\":\"One\",\"description\":\"First\"}";

  private record Read(List<Startup> records, List<InputError> errors) {}

  private static Read readStartups(String text) throws IOException {
    List<Startup> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    JsonLinesReader.startups()
        .read(new ByteArrayInputStream(text.getBytes(UTF_8)), "s.jsonl", records::add, errors::add);
    return new Read(records, errors);
  }

  /** A startup line whose unknown field {@code x} holds {@code depth - 1} nested arrays. */
  private static String nestedTo(int depth, String id) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"n\",\"description\":\"d\",\"x\":"
        + "[".repeat(depth - 1)
        + "]".repeat(depth - 1)
        + "}";
  }

  @Test
  void aLineNestedDeeperThanTheLimitIsAnErrorOfThatLineAndTheReadGoesOn() throws IOException {
    Read read =
        readStartups(
            GOOD + "\n" + nestedTo(Json.MAX_NESTING_DEPTH + 1, "deep") + "\n" + nestedTo(64, "ok"));

    assertThat(read.records()).extracting(Startup::id).containsExactly("s-1", "ok");
    assertThat(read.errors()).hasSize(1);
    InputError error = read.errors().get(0);
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.field()).isEmpty();
    assertThat(error.message())
        .startsWith("JSON over a limit at column")
        .contains("nesting depth")
        .contains(String.valueOf(Json.MAX_NESTING_DEPTH));
  }

  @Test
  void aHundredThousandOpeningBracketsAreOneErrorNotAStackOverflow() throws IOException {
    Read read = readStartups("[".repeat(100_000) + "\n" + GOOD);

    assertThat(read.records()).extracting(Startup::id).containsExactly("s-1");
    assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void aNumberLongerThanTheLimitIsAnErrorOfThatLine() throws IOException {
    String longest = "9".repeat(Json.MAX_NUMBER_LENGTH);
    Read read =
        readStartups(
            GOOD
                + "\n{\"id\":\"long\",\"name\":\"n\",\"description\":\"d\",\"x\":"
                + longest
                + "9}\n{\"id\":\"ok\",\"name\":\"n\",\"description\":\"d\",\"x\":"
                + longest
                + "}");

    assertThat(read.records()).extracting(Startup::id).containsExactly("s-1", "ok");
    InputError error = read.errors().get(0);
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.message())
        .startsWith("JSON over a limit")
        .contains(String.valueOf(Json.MAX_NUMBER_LENGTH));
  }

  @Test
  void aStringAsLongAsALineCanHoldIsRead() throws IOException {
    // In a field the reader ignores: no known field may be that long.
    String notes = "x".repeat(JsonLinesReader.MAX_LINE_BYTES - 100);
    Read read =
        readStartups(
            "{\"id\":\"big\",\"name\":\"n\",\"description\":\"d\",\"notes\":\"" + notes + "\"}");

    assertThat(read.errors()).isEmpty();
    assertThat(read.records()).extracting(Startup::id).containsExactly("big");
  }

  @Test
  void aStrictReadThrowsTheInputErrorOfAnOverDeepLine() {
    String text = GOOD + "\n" + nestedTo(1000, "deep");

    assertThatThrownBy(
            () ->
                JsonLinesReader.startups()
                    .readAll(new ByteArrayInputStream(text.getBytes(UTF_8)), "s.jsonl"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("s.jsonl:2: JSON over a limit");
  }

  @Test
  void anEscapedUnpairedSurrogateIsAnErrorOfItsField() throws IOException {
    Read read =
        readStartups(
            "{\"id\":\"a\",\"name\":\"n\",\"description\":\"d\",\"tags\":[\"ok\",\"x\\udc00y\"]}\n"
                + "{\"id\":\"b\",\"name\":\"n\",\"description\":\"\\ud83d\\ude97 paired\"}");

    assertThat(read.records()).extracting(Startup::id).containsExactly("b");
    InputError error = read.errors().get(0);
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.field()).hasValue("tags[1]");
    assertThat(error.message())
        .isEqualTo("unpaired surrogate \\uDC00 at character 2 is not valid Unicode");
  }

  @Test
  void anErrorQuotingAValueWithLineBreaksStaysOnOneLine() throws IOException {
    Read read =
        readStartups(
            "{\"id\":\"a\",\"name\":\"n\",\"description\":\"d\"}\n"
                + "{\"id\":\"a\",\"name\":\"n\",\"description\":\"d\"}\n"
                + "{\"id\":\"c\",\"name\":\"n\",\"description\":\"d\",\"stage\":\"x\\r\\n\\u2028\"}");

    // A repeated id is a warning, not an error: the second "a" replaces the first.
    assertThat(read.records()).extracting(Startup::id).containsExactly("a", "a");
    assertThat(read.errors()).hasSize(1);
    assertThat(read.errors().get(0).message()).contains("'x\r\n\u2028'");
    assertThat(read.errors().get(0).toString())
        .startsWith("s.jsonl:3: field 'stage': unknown stage 'x\\r\\n\\u2028';")
        .doesNotContain("\n", "\r", "\u2028");
  }

  @Test
  void documentsNestedTooDeeplyAreInputErrorsWithALine() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(
            () ->
                Taxonomy.read(
                    stream("{\"version\": \"v\",\n \"x\": " + deep + ", \"areas\": []}"), "t.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.json:2: malformed JSON")
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(
            () -> Lexicon.read(stream("{\"entries\": [{\"en\": " + deep + "}]}"), "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.json:1: malformed JSON")
        .hasMessageContaining("nesting depth");
  }

  @Test
  void documentsThatAreNotTextAreInputErrors() {
    // JSON's encoding detection reads UTF-32 here, and 0x7FFFFFFF is no code point.
    byte[] notUtf32 = {0, 0, 0, '{', 0, 0, 0, '"', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertThatThrownBy(() -> Taxonomy.read(new ByteArrayInputStream(notUtf32), "t.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.json:1: not valid text: Invalid UTF-32 character");
    assertThatThrownBy(() -> Lexicon.read(new ByteArrayInputStream(notUtf32), "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.json:1: not valid text");
    assertThatThrownBy(() -> LinearScoringModel.read(new ByteArrayInputStream(notUtf32), "m.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("m.json:1: not valid text");
  }

  @Test
  void aBlankFieldNameIsShownInQuotes() {
    assertThatThrownBy(() -> LinearScoringModel.read(stream("{\"\": {\"t\": 1}}"), "m.json"))
        .isInstanceOf(InputException.class)
        .hasMessage("m.json:1: field '\"\"': unknown field");
    assertThatThrownBy(
            () -> LinearScoringModel.read(stream("{\"weights\": {\"a\": 1},\n\" \": 2}"), "m.json"))
        .isInstanceOf(InputException.class)
        .hasMessage("m.json:2: field '\" \"': unknown field");
  }

  @Test
  void lexiconErrorsNameTheLineOfTheirEntry() {
    assertThatThrownBy(
            () ->
                Lexicon.read(
                    stream(
                        "{\"version\": \"1\", \"entries\": [\n"
                            + "  {\"en\": [\"car\"]},\n"
                            + "  {\"en\": [\"truck\", 7]}\n"
                            + "]}"),
                    "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessage("l.json:3: field 'entries[1].en': expected non-blank strings");
    assertThatThrownBy(() -> Lexicon.read(stream(""), "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessage("l.json:1: field 'entries': expected an array of entries");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }
}
