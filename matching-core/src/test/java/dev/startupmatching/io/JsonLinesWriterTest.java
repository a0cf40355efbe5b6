package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesWriterTest {
  private static final Startup FULL_STARTUP =
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
          .website("https://l.example/a?b=c")
          .languages(List.of("de", "zh"))
          .build();

  private static final Need FULL_NEED =
      Need.builder("n-1", "See at night.")
          .unit("u-1")
          .title("Night vision")
          .requiredAreas(List.of("sensors"))
          .preferredAreas(List.of("sensors.thermal"))
          .preferredStages(List.of(Stage.SERIES_B, Stage.PRE_SEED))
          .minReadinessLevel(5)
          .regions(List.of("Europe"))
          .excludedStartupIds(List.of("s-9"))
          .language("en")
          .build();

  @TempDir Path dir;

  private static <T> String write(JsonLinesWriter<T> writer, StringWriter out, List<T> records)
      throws IOException {
    try (writer) {
      for (T record : records) {
        writer.write(record);
      }
    }
    return out.toString();
  }

  private static String writeStartups(Startup... startups) throws IOException {
    StringWriter out = new StringWriter();
    return write(JsonLinesWriter.startups(out), out, List.of(startups));
  }

  @Test
  void writesEveryStartupFieldInAccessorOrder() throws IOException {
    assertThat(writeStartups(FULL_STARTUP))
        .isEqualTo(
            "{\"id\":\"s-1\",\"name\":\"LidarCo\",\"description\":\"Solid-state lidar.\","
                + "\"oneLiner\":\"Lidar\",\"technologyAreas\":[\"sensors.lidar\",\"sensors\"],"
                + "\"tags\":[\"b2b\"],\"stage\":\"series-a\",\"readinessLevel\":6,"
                + "\"country\":\"Germany\",\"city\":\"München\",\"regions\":[\"Europe\",\"China\"],"
                + "\"teamSize\":40,\"foundedYear\":2019,\"fundingUsd\":12000000000,"
                + "\"website\":\"https://l.example/a?b=c\",\"languages\":[\"de\",\"zh\"]}\n");
  }

  @Test
  void leavesOutAbsentAndEmptyOptionalFieldsButKeepsAnEmptyDescription() throws IOException {
    Startup minimal = Startup.builder("s-2", "Tiny").description("").build();

    assertThat(writeStartups(minimal))
        .isEqualTo("{\"id\":\"s-2\",\"name\":\"Tiny\",\"description\":\"\"}\n");
  }

  @Test
  void writesEveryNeedFieldWithStagesById() throws IOException {
    StringWriter out = new StringWriter();

    assertThat(write(JsonLinesWriter.needs(out), out, List.of(FULL_NEED)))
        .isEqualTo(
            "{\"id\":\"n-1\",\"unit\":\"u-1\",\"title\":\"Night vision\","
                + "\"description\":\"See at night.\",\"requiredAreas\":[\"sensors\"],"
                + "\"preferredAreas\":[\"sensors.thermal\"],"
                + "\"preferredStages\":[\"pre-seed\",\"series-b\"],\"minReadinessLevel\":5,"
                + "\"regions\":[\"Europe\"],\"excludedStartupIds\":[\"s-9\"],"
                + "\"language\":\"en\"}\n");
  }

  @Test
  void leavesOutEmptyNeedFields() throws IOException {
    StringWriter out = new StringWriter();

    assertThat(write(JsonLinesWriter.needs(out), out, List.of(Need.builder("n-2", "").build())))
        .isEqualTo("{\"id\":\"n-2\",\"description\":\"\"}\n");
  }

  @Test
  void writesUnitsOnePerLine() throws IOException {
    StringWriter out = new StringWriter();
    List<BusinessUnit> units =
        List.of(
            BusinessUnit.builder().id("u-1").name("Battery").description("Cells").build(),
            BusinessUnit.of("u-2", "Chassis"));

    assertThat(write(JsonLinesWriter.units(out), out, units))
        .isEqualTo(
            "{\"id\":\"u-1\",\"name\":\"Battery\",\"description\":\"Cells\"}\n"
                + "{\"id\":\"u-2\",\"name\":\"Chassis\"}\n");
  }

  @Test
  void escapesQuotesBackslashesAndLineBreaksButNotOtherText() throws IOException {
    Startup startup =
        Startup.builder("s-3", "Say \"hi\"").description("a\\b\nc\r\td 汽车 Grüße").build();

    assertThat(writeStartups(startup))
        .isEqualTo(
            "{\"id\":\"s-3\",\"name\":\"Say \\\"hi\\\"\","
                + "\"description\":\"a\\\\b\\nc\\r\\td 汽车 Grüße\"}\n");
  }

  @Test
  void roundTripsThroughAFileExactly() throws IOException {
    Path startups = dir.resolve("startups.jsonl");
    Path needs = dir.resolve("needs.jsonl");
    Path units = dir.resolve("units.jsonl");
    Startup chinese = Startup.builder("s-2", "汽车科技").description("自动驾驶\n第二行").city("上海").build();
    BusinessUnit unit = BusinessUnit.builder().id("u-1").name("Fahrwerk").description("Ä").build();

    JsonLinesWriter.writeStartups(startups, List.of(FULL_STARTUP, chinese));
    JsonLinesWriter.writeNeeds(needs, List.of(FULL_NEED));
    JsonLinesWriter.writeUnits(units, List.of(unit));

    assertThat(JsonLinesReader.startups().readAll(startups)).containsExactly(FULL_STARTUP, chinese);
    assertThat(JsonLinesReader.needs().readAll(needs)).containsExactly(FULL_NEED);
    assertThat(JsonLinesReader.units().readAll(units)).containsExactly(unit);
    assertThat(Files.readAllBytes(units))
        .isEqualTo(
            "{\"id\":\"u-1\",\"name\":\"Fahrwerk\",\"description\":\"Ä\"}\n".getBytes(UTF_8));
  }

  @Test
  void writingToAFileReplacesItsContent() throws IOException {
    Path file = Files.writeString(dir.resolve("units.jsonl"), "old content that is longer\n");

    JsonLinesWriter.writeUnits(file, List.of(BusinessUnit.of("u-1", "B")));

    assertThat(Files.readString(file)).isEqualTo("{\"id\":\"u-1\",\"name\":\"B\"}\n");
  }

  @Test
  void writingToAFileRejectsTextThatUtf8CannotEncode() {
    Startup broken = Startup.builder("s-1", "Half \uD83D pair").description("").build();

    assertThatThrownBy(
            () -> JsonLinesWriter.writeStartups(dir.resolve("startups.jsonl"), List.of(broken)))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void flushAndCloseReachTheUnderlyingWriter() throws IOException {
    boolean[] calls = new boolean[2];
    StringWriter out =
        new StringWriter() {
          @Override
          public void flush() {
            calls[0] = true;
          }

          @Override
          public void close() {
            calls[1] = true;
          }
        };
    JsonLinesWriter<BusinessUnit> writer = JsonLinesWriter.units(out);

    writer.flush();
    assertThat(calls).containsExactly(true, false);
    writer.close();
    assertThat(calls).containsExactly(true, true);
  }

  @Test
  void rejectsNullRecords() {
    JsonLinesWriter<Startup> writer = JsonLinesWriter.startups(new StringWriter());

    assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class);
  }
}
