package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.primitives.Bytes;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {
  private static final String S1 = "{\"id\":\"s-1\",\"name\":\"One\",\"description\":\"First\"}";
  private static final String S3 = "{\"id\":\"s-3\",\"name\":\"Three\",\"description\":\"Third\"}";

  @TempDir Path dir;

  /** The outcome of a lenient read of one file. */
  private record Result<T>(List<T> records, List<InputError> errors, ReadSummary summary) {
    List<String> ids() {
      return records.stream()
          .map(
              r ->
                  switch (r) {
                    case Startup s -> s.id();
                    case Need n -> n.id();
                    case BusinessUnit u -> u.id();
                    default -> throw new AssertionError(r);
                  })
          .toList();
    }

    InputError onlyError() {
      assertThat(errors).hasSize(1);
      return errors.get(0);
    }
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path file(String name, String content) throws IOException {
    return file(name, content.getBytes(UTF_8));
  }

  private static <T> Result<T> read(JsonLinesReader<T> reader, Path file) throws IOException {
    List<T> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    ReadSummary summary = reader.read(file, records::add, errors::add);
    return new Result<>(records, errors, summary);
  }

  /** Reads startups from s-1 on line 1, {@code middle} on line 2 and s-3 on line 3. */
  private Result<Startup> readBetweenGoodLines(String middle) throws IOException {
    return read(JsonLinesReader.startups(), file("startups.jsonl", S1 + "\n" + middle + "\n" + S3));
  }

  /** Reads a startup line holding the required fields plus {@code extra}, such as {@code "a":1}. */
  private Result<Startup> readStartupWith(String extra) throws IOException {
    return readBetweenGoodLines(
        "{\"id\":\"s-2\",\"name\":\"Two\",\"description\":\"Second\"," + extra + "}");
  }

  private static void assertLineError(InputError error, long line, String messagePart) {
    assertThat(error.line()).isEqualTo(line);
    assertThat(error.field()).isEmpty();
    assertThat(error.message()).contains(messagePart);
  }

  private static void assertFieldError(
      InputError error, long line, String field, String messagePart) {
    assertThat(error.line()).isEqualTo(line);
    assertThat(error.field()).hasValue(field);
    assertThat(error.message()).contains(messagePart);
  }

  @Test
  void aFieldOverItsSizeLimitIsAFieldError() throws IOException {
    Result<Startup> longName =
        readBetweenGoodLines(
            "{\"id\":\"s-2\",\"name\":\""
                + "n".repeat(Startup.MAX_SHORT_TEXT_LENGTH + 1)
                + "\",\"description\":\"Second\"}");
    Result<Startup> longTag = readStartupWith("\"tags\":[\"" + "t".repeat(1001) + "\"]");

    assertThat(longName.records()).extracting(Startup::id).containsExactly("s-1", "s-3");
    assertFieldError(longName.errors().get(0), 2, "name", "at most 1000 characters but has 1001");
    assertFieldError(longTag.errors().get(0), 2, "tags", "at most 1000 characters");
  }

  @Test
  void readsEveryStartupField() throws IOException {
    Path path =
        file(
            "startups.jsonl",
            """
            {"id":"s-1","name":"LidarCo","description":"Solid-state lidar.","oneLiner":"Lidar",\
            "technologyAreas":["sensors.lidar","sensors"],"tags":["b2b"],"stage":"series-a",\
            "readinessLevel":6,"country":"Germany","city":"München","regions":["Europe","China"],\
            "teamSize":40,"foundedYear":2019,"fundingUsd":12000000000,\
            "website":"https://l.example","languages":["de","zh"]}
            """);

    assertThat(JsonLinesReader.startups().readAll(path))
        .containsExactly(
            Startup.builder("s-1", "LidarCo")
                .description("Solid-state lidar.")
                .oneLiner("Lidar")
                .technologyAreas(List.of("sensors.lidar", "sensors"))
                .tags(List.of("b2b"))
                .stage(Stage.SERIES_A)
                .readinessLevel(6)
                .country("Germany")
                .city("München")
                .regions(List.of("Europe", "China"))
                .teamSize(40)
                .foundedYear(2019)
                .fundingUsd(12_000_000_000L)
                .website("https://l.example")
                .languages(List.of("de", "zh"))
                .build());
  }

  @Test
  void readsEveryNeedField() throws IOException {
    Path path =
        file(
            "needs.jsonl",
            """
            {"id":"n-1","unit":"u-1","title":"Night vision","description":"See at night.",\
            "requiredAreas":["sensors"],"preferredAreas":["sensors.thermal"],\
            "preferredStages":["seed","Series A"],"minReadinessLevel":5,"regions":["Europe"],\
            "excludedStartupIds":["s-9"],"language":"en"}
            """);

    assertThat(JsonLinesReader.needs().readAll(path))
        .containsExactly(
            Need.builder("n-1", "See at night.")
                .unit("u-1")
                .title("Night vision")
                .requiredAreas(List.of("sensors"))
                .preferredAreas(List.of("sensors.thermal"))
                .preferredStages(List.of(Stage.SEED, Stage.SERIES_A))
                .minReadinessLevel(5)
                .regions(List.of("Europe"))
                .excludedStartupIds(List.of("s-9"))
                .language("en")
                .build());
  }

  @Test
  void readsUnits() throws IOException {
    Path path =
        file(
            "units.jsonl",
            "{\"id\":\"u-1\",\"name\":\"Battery\",\"description\":\"Cells\"}\n"
                + "{\"id\":\"u-2\",\"name\":\"Chassis\"}\n");

    assertThat(JsonLinesReader.units().readAll(path))
        .containsExactly(
            BusinessUnit.builder().id("u-1").name("Battery").description("Cells").build(),
            BusinessUnit.of("u-2", "Chassis"));
  }

  @Test
  void ignoresUnknownFields() throws IOException {
    Result<Startup> result =
        readStartupWith(
            "\"industries\":[\"mobility\"],\"status\":\"active\",\"batch\":\"W21\","
                + "\"launchedAt\":1612137600,\"locations\":[{\"city\":\"Berlin\"}],"
                + "\"tags\":[\"x\"]");

    assertThat(result.errors()).isEmpty();
    assertThat(result.ids()).containsExactly("s-1", "s-2", "s-3");
    assertThat(result.records().get(1).tags()).containsExactly("x");
  }

  @Test
  void treatsJsonNullAsAbsent() throws IOException {
    Result<Startup> result =
        readStartupWith(
            "\"oneLiner\":null,\"tags\":null,\"stage\":null,\"readinessLevel\":null,"
                + "\"fundingUsd\":null,\"country\":null");

    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(1))
        .isEqualTo(Startup.builder("s-2", "Two").description("Second").build());
  }

  @Test
  void requiredFieldThatIsNullIsMissing() throws IOException {
    Result<Startup> result =
        readBetweenGoodLines("{\"id\":\"s-2\",\"name\":null,\"description\":\"Second\"}");

    assertFieldError(result.onlyError(), 2, "name", "missing required field");
  }

  @Test
  void acceptsCrLfLineEnds() throws IOException {
    Result<Startup> result =
        read(JsonLinesReader.startups(), file("startups.jsonl", S1 + "\r\n" + S3 + "\r\n"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.ids()).containsExactly("s-1", "s-3");
    assertThat(result.records().get(1).description()).isEqualTo("Third");
  }

  @Test
  void lastLineNeedsNoLineEndAndFinalLineEndIsNoBlankLine() throws IOException {
    assertThat(read(JsonLinesReader.startups(), file("a.jsonl", S1 + "\n" + S3)).summary())
        .isEqualTo(new ReadSummary(2, 0));
    assertThat(read(JsonLinesReader.startups(), file("b.jsonl", S1 + "\n" + S3 + "\n")).summary())
        .isEqualTo(new ReadSummary(2, 0));
    assertThat(read(JsonLinesReader.startups(), file("c.jsonl", "")).summary())
        .isEqualTo(new ReadSummary(0, 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"''", "'   '", "'\t'", "'\r'"})
  void rejectsBlankLines(String blank) throws IOException {
    Result<Startup> result = readBetweenGoodLines(blank);

    assertLineError(result.onlyError(), 2, "blank line");
    assertThat(result.ids()).containsExactly("s-1", "s-3");
    assertThat(result.summary()).isEqualTo(new ReadSummary(2, 1));
  }

  @Test
  void skipsAByteOrderMarkAtTheStartOfTheFile() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path path = file("startups.jsonl", Bytes.concat(bom, (S1 + "\n" + S3 + "\n").getBytes(UTF_8)));

    Result<Startup> result = read(JsonLinesReader.startups(), path);

    assertThat(result.errors()).isEmpty();
    assertThat(result.ids()).containsExactly("s-1", "s-3");
    assertThat(result.summary()).isEqualTo(new ReadSummary(2, 0));
    assertThat(JsonLinesReader.startups().readAll(path)).isEqualTo(result.records());
  }

  @Test
  void aByteOrderMarkOnALaterLineIsMalformedJson() throws IOException {
    Result<Startup> result = readBetweenGoodLines("\uFEFF" + S1.replace("s-1", "s-2"));

    assertLineError(result.onlyError(), 2, "malformed JSON at column 1");
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @Test
  void rejectsInvalidUtf8AndGoesOnWithTheNextLine() throws IOException {
    byte[] content =
        Bytes.concat(
            (S1 + "\n{\"id\":\"s-2\",\"name\":\"Caf").getBytes(UTF_8),
            new byte[] {(byte) 0xC3, 0x28},
            ("\",\"description\":\"\"}\n" + S3 + "\n").getBytes(UTF_8));

    Result<Startup> result = read(JsonLinesReader.startups(), file("startups.jsonl", content));

    assertLineError(result.onlyError(), 2, "invalid UTF-8 at byte 24 of the line");
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @Test
  void rejectsLineLongerThanTheLimitAndGoesOn() throws IOException {
    String tooLong = "{\"id\":\"s-2\",\"name\":\"Two\",\"description\":\"%s\"}";
    tooLong = tooLong.formatted("x".repeat(JsonLinesReader.MAX_LINE_BYTES - tooLong.length() + 3));
    assertThat(tooLong.length()).isEqualTo(JsonLinesReader.MAX_LINE_BYTES + 1);

    Result<Startup> result = readBetweenGoodLines(tooLong);

    assertLineError(result.onlyError(), 2, "line is longer than the limit of 4194304 bytes");
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @Test
  void acceptsLineOfExactlyTheLimitWithCrLf() throws IOException {
    // An unknown field fills the line: no known field may be that long.
    String line = "{\"id\":\"s-2\",\"name\":\"Two\",\"description\":\"\",\"notes\":\"%s\"}";
    line = line.formatted("x".repeat(JsonLinesReader.MAX_LINE_BYTES - line.length() + 2));
    assertThat(line.length()).isEqualTo(JsonLinesReader.MAX_LINE_BYTES);

    Result<Startup> result =
        read(JsonLinesReader.startups(), file("startups.jsonl", line + "\r\n" + S3));

    assertThat(result.errors()).isEmpty();
    assertThat(result.ids()).containsExactly("s-2", "s-3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"id\" \"s-2\"} | malformed JSON at column 7: Unexpected character",
        "{\"id\":\"s-2\",} | malformed JSON at column 13: Unexpected character",
        "{\"id\":\"s-2\" | malformed JSON at column 12: Unexpected end-of-input",
        "{\"id\":\"s-2\"} x | malformed JSON at column 14: Unrecognized token 'x'",
        "{\"id\":\"s-2\",\"id\":\"s-4\"} | malformed JSON at column 17: Duplicate field 'id'",
        "{\"id\":\"s-2\"} {} | unexpected content after the JSON object at column 14",
        "[{\"id\":\"s-2\"}] | expected a JSON object but found an array at column 1",
        "`  \"s-2\"` | expected a JSON object but found a string at column 3",
        "42 | expected a JSON object but found an integer at column 1",
        "null | expected a JSON object but found null at column 1",
      })
  void rejectsLinesThatAreNotOneJsonObject(String line, String message) throws IOException {
    Result<Startup> result = readBetweenGoodLines(line);

    assertLineError(result.onlyError(), 2, message);
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"readinessLevel\":\"high\" | readinessLevel | expected an integer but was a string",
        "\"readinessLevel\":5.5 | readinessLevel | expected an integer but was a decimal number",
        "\"readinessLevel\":5.0 | readinessLevel | expected an integer but was a decimal number",
        "\"teamSize\":true | teamSize | expected an integer but was a boolean",
        "\"teamSize\":3000000000 | teamSize | expected an integer from -2147483648 to 2147483647",
        "\"fundingUsd\":10000000000000000000 | fundingUsd | expected an integer from -922",
        "\"fundingUsd\":\"1000\" | fundingUsd | expected an integer but was a string",
        "\"oneLiner\":42 | oneLiner | expected a string but was an integer",
        "\"country\":{\"name\":\"DE\"} | country | expected a string but was an object",
        "\"tags\":\"lidar\" | tags | expected an array of strings but was a string",
        "\"tags\":[\"a\",\"b\",\"c\",7] | tags[3] | expected a string but was an integer",
        "\"regions\":[\"EU\",null] | regions[1] | expected a string but was null",
        "\"languages\":[[\"de\"]] | languages[0] | expected a string but was an array",
        "\"stage\":[\"seed\"] | stage | expected a string but was an array",
      })
  void rejectsFieldsOfTheWrongType(String field, String name, String message) throws IOException {
    Result<Startup> result = readStartupWith(field);

    assertFieldError(result.onlyError(), 2, name, message);
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"readinessLevel\":12 | readinessLevel | readinessLevel must be between 1 and 9",
        "\"teamSize\":0 | teamSize | teamSize must be at least 1 but was 0",
        "\"foundedYear\":1700 | foundedYear | foundedYear must be between 1800 and 2200",
        "\"fundingUsd\":-5 | fundingUsd | fundingUsd must not be negative but was -5",
        "\"tags\":[\"a\",\" \"] | tags | tags must not contain blank values",
        "\"languages\":[\"english\"] | languages | languages must be a language code",
        "\"stage\":\"series-z\" | stage | unknown stage 'series-z'; expected one of idea,",
      })
  void reportsModelValidationAgainstTheField(String field, String name, String message)
      throws IOException {
    Result<Startup> result = readStartupWith(field);

    assertFieldError(result.onlyError(), 2, name, message);
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @Test
  void reportsIdAndNameValidation() throws IOException {
    Result<Startup> blankId =
        readBetweenGoodLines("{\"id\":\"  \",\"name\":\"Two\",\"description\":\"\"}");
    Result<Startup> blankName =
        readBetweenGoodLines("{\"id\":\"s-2\",\"name\":\"\",\"description\":\"\"}");

    assertFieldError(blankId.onlyError(), 2, "id", "id must not be blank");
    assertFieldError(blankName.onlyError(), 2, "name", "name must not be blank");
  }

  @Test
  void errorToStringNamesSourceLineFieldAndReason() throws IOException {
    String bad = "{\"id\":\"s-4\",\"name\":\"Four\",\"description\":\"\",\"readinessLevel\":12}";
    Path path = file("startups.jsonl", S1 + "\n" + S3 + "\n" + bad);

    Result<Startup> result = read(JsonLinesReader.startups(), path);

    assertThat(result.onlyError())
        .hasToString(
            path + ":3: field 'readinessLevel': readinessLevel must be between 1 and 9 but was 12");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"name\":\"Two\",\"description\":\"\"} | id",
        "{\"id\":\"s-2\",\"description\":\"\"} | name",
        "{\"id\":\"s-2\",\"name\":\"Two\"} | description",
      })
  void rejectsStartupsMissingARequiredField(String line, String field) throws IOException {
    Result<Startup> result = readBetweenGoodLines(line);

    assertFieldError(result.onlyError(), 2, field, "missing required field");
    assertThat(result.ids()).containsExactly("s-1", "s-3");
  }

  @Test
  void rejectsNeedsAndUnitsMissingARequiredField() throws IOException {
    Result<Need> needs =
        read(
            JsonLinesReader.needs(),
            file(
                "needs.jsonl",
                "{\"id\":\"n-1\",\"description\":\"\"}\n{\"description\":\"x\"}\n"
                    + "{\"id\":\"n-3\",\"title\":\"No description\"}\n"));
    Result<BusinessUnit> units =
        read(JsonLinesReader.units(), file("units.jsonl", "{\"id\":\"u-1\"}\n{\"name\":\"B\"}"));

    assertThat(needs.ids()).containsExactly("n-1");
    assertFieldError(needs.errors().get(0), 2, "id", "missing required field");
    assertFieldError(needs.errors().get(1), 3, "description", "missing required field");
    assertThat(units.ids()).isEmpty();
    assertFieldError(units.errors().get(0), 1, "name", "missing required field");
    assertFieldError(units.errors().get(1), 2, "id", "missing required field");
  }

  @Test
  void namesTheBadElementOfPreferredStages() throws IOException {
    Result<Need> result =
        read(
            JsonLinesReader.needs(),
            file(
                "needs.jsonl",
                "{\"id\":\"n-1\",\"description\":\"x\",\"preferredStages\":[\"seed\",\"bogus\"]}"));

    assertFieldError(
        result.onlyError(),
        1,
        "preferredStages[1]",
        "unknown stage 'bogus'; expected one of idea, pre-seed, seed, series-a, series-b");
  }

  /** s-1 on lines 1, 3 and 5, named One, Again and Last; s-3 on line 2 and s-4 on line 4. */
  private Path fileRepeatingAnId() throws IOException {
    return file(
        "startups.jsonl",
        String.join(
            "\n",
            S1,
            S3,
            S1.replace("One", "Again"),
            S1.replace("s-1", "s-4"),
            S1.replace("One", "Last")));
  }

  @Test
  void aRepeatedIdIsPassedOnWithAWarningNamingTheLineItReplaces() throws IOException {
    Path path = fileRepeatingAnId();
    List<Startup> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<InputError> warnings = new ArrayList<>();

    ReadSummary summary =
        JsonLinesReader.startups().read(path, records::add, errors::add, warnings::add);

    assertThat(errors).isEmpty();
    assertThat(records)
        .extracting(Startup::id, Startup::name)
        .containsExactly(
            tuple("s-1", "One"),
            tuple("s-3", "Three"),
            tuple("s-1", "Again"),
            tuple("s-4", "One"),
            tuple("s-1", "Last"));
    assertThat(warnings)
        .extracting(InputError::toString)
        .containsExactly(
            path + ":3: field 'id': id 's-1' repeats line 1; this record replaces it",
            path + ":5: field 'id': id 's-1' repeats line 3; this record replaces it");
    assertThat(summary).isEqualTo(new ReadSummary(5, 0, 2));
  }

  @Test
  void aWarningComesBeforeTheRecordItIsAbout() throws IOException {
    List<String> events = new ArrayList<>();

    JsonLinesReader.startups()
        .read(
            new ByteArrayInputStream((S1 + "\n" + S1 + "\n").getBytes(UTF_8)),
            "stdin",
            record -> events.add("record " + record.id()),
            error -> events.add("error " + error),
            warning -> events.add("warning " + warning));

    assertThat(events)
        .containsExactly(
            "record s-1",
            "warning stdin:2: field 'id': id 's-1' repeats line 1; this record replaces it",
            "record s-1");
  }

  @Test
  void aStartupWhosePlaceIsUnknownIsKeptAndReportedOnceWithItsLine() throws IOException {
    Path path =
        file(
            "startups.jsonl",
            String.join(
                "\n",
                S1.replace("}", ",\"country\":\"Deutschland\",\"city\":\"München\"}"),
                S3.replace("}", ",\"regions\":[\"Europe\",\"Bavaria\"]}"),
                S1.replace("s-1", "s-5").replace("}", ",\"regions\":[\"Remote\",\"Unspecified\"]}"),
                S1.replace("s-1", "s-6")
                    .replace("}", ",\"country\":\"Atlantis\",\"city\":\"Poseidonia\"}"),
                ""));
    List<Startup> records = new ArrayList<>();
    List<InputError> warnings = new ArrayList<>();

    ReadSummary summary =
        JsonLinesReader.startups().read(path, records::add, error -> {}, warnings::add);

    assertThat(records).extracting(Startup::id).containsExactly("s-1", "s-3", "s-5", "s-6");
    assertThat(warnings)
        .extracting(InputError::toString)
        .containsExactly(
            path
                + ":2: field 'regions[1]': 'Bavaria' names no known country or region; the startup"
                + " is kept, and region constraints compare the text as written",
            path
                + ":4: field 'country': 'Atlantis' names no known country or region, nor does city"
                + " 'Poseidonia'; the startup is kept, and region constraints compare the texts as"
                + " written");
    assertThat(summary).isEqualTo(new ReadSummary(4, 0, 0));
  }

  @Test
  void readingWithoutAWarningConsumerStillPassesOnAndCountsReplacingRecords() throws IOException {
    Result<Startup> result = read(JsonLinesReader.startups(), fileRepeatingAnId());

    assertThat(result.errors()).isEmpty();
    assertThat(result.ids()).containsExactly("s-1", "s-3", "s-1", "s-4", "s-1");
    assertThat(result.summary().replaced()).isEqualTo(2);
  }

  @Test
  void aRejectedLineNeitherReplacesNorIsReplaced() throws IOException {
    String bad = S1.replace("}", ",\"readinessLevel\":12}");
    List<InputError> warnings = new ArrayList<>();

    ReadSummary summary =
        JsonLinesReader.startups()
            .read(
                file("startups.jsonl", bad + "\n" + S1 + "\n" + bad + "\n"),
                record -> {},
                error -> {},
                warnings::add);

    assertThat(warnings).isEmpty();
    assertThat(summary).isEqualTo(new ReadSummary(1, 2, 0));
  }

  @Test
  void readAllReturnsTheLastRecordOfEachIdWhereItsLastLineIs() throws IOException {
    assertThat(JsonLinesReader.startups().readAll(fileRepeatingAnId()))
        .extracting(Startup::id, Startup::name)
        .containsExactly(tuple("s-3", "Three"), tuple("s-4", "One"), tuple("s-1", "Last"));
  }

  @Test
  void reportsEveryBadLineInOrder() throws IOException {
    Path path =
        file("startups.jsonl", S1 + "\n\n{\n" + S1.replace("s-1", "s-2") + "\n[]\n" + S3 + "\n");

    Result<Startup> result = read(JsonLinesReader.startups(), path);

    assertThat(result.errors()).extracting(InputError::line).containsExactly(2L, 3L, 5L);
    assertThat(result.ids()).containsExactly("s-1", "s-2", "s-3");
    assertThat(result.summary()).isEqualTo(new ReadSummary(3, 3));
  }

  @Test
  void readAllThrowsAtTheFirstBadLine() throws IOException {
    Path path = file("startups.jsonl", S1 + "\n{\"id\":\"s-2\"}\n[]\n");

    assertThatThrownBy(() -> JsonLinesReader.startups().readAll(path))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.error())
                  .isEqualTo(
                      InputError.ofField(path.toString(), 2, "name", "missing required field"));
              assertThat(e).hasMessage(e.error().toString());
            });
  }

  @Test
  void readsStreamsUnderTheGivenSourceNameWithoutClosingThem() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream((S1 + "\n{}\n").getBytes(UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    List<Startup> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();

    ReadSummary summary = JsonLinesReader.startups().read(in, "stdin", records::add, errors::add);

    assertThat(summary).isEqualTo(new ReadSummary(1, 1));
    assertThat(errors)
        .extracting(InputError::toString)
        .containsExactly("stdin:2: field 'id': missing required field");
    assertThat(closed[0]).isFalse();
    assertThatThrownBy(
            () ->
                JsonLinesReader.units()
                    .readAll(new ByteArrayInputStream("{}".getBytes(UTF_8)), "units.jsonl"))
        .isInstanceOf(InputException.class)
        .hasMessage("units.jsonl:1: field 'id': missing required field");
  }
}
