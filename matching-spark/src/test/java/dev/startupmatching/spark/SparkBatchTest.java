package dev.startupmatching.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.cli.StartupMatchCli;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job in local mode on two cores equals the command line's {@code batch} on the same input:
 * need for need and rank for rank, the same startups with the same scores and fits.
 */
class SparkBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two cores, and a failed task is tried once more, as on a cluster. */
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2,2]")
            .appName("startup-match-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void exampleMatchesAsBatch(int partitions) throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    JobSummary summary = runJob(settings(startups, needs, partitions, 10, Set.of()));
    assertThat(summary.partitions()).isEqualTo(partitions);
    assertThat(summary.startups()).isEqualTo(SampleData.startups().size());
    List<JsonNode> lines = jobLines();
    assertThat(byNeed(lines).keySet())
        .as("the needs in input order")
        .containsExactlyElementsOf(SampleData.needs().stream().map(Need::id).toList());
    assertSameMatches(lines, batch(startups, needs, 10));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void developmentNeedsMatchAsBatch(int partitions) throws Exception {
    Path startups = textOnlyProfiles(shared("data/yc-startups.jsonl"));
    Path needs = devNeeds(shared("eval/dev-needs.json"));
    JobSummary summary = runJob(settings(startups, needs, partitions, 20, Set.of()));
    assertThat(summary.needs()).isEqualTo(40);
    assertSameMatches(jobLines(), batch(startups, needs, 20));
  }

  @Test
  void tasksThatFailOnceLeaveTheOutputExact() throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    SparkBatch.run(
        spark,
        settings(
            startups, needs, 3, 10, Set.of("index", "first-search", "feedback-search", "match")),
        new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("failed tasks retried")
        .contains("indexing the partitions");
    assertSameMatches(jobLines(), batch(startups, needs, 10));
  }

  @Test
  void badRecordsGoToTheRejectsAndTheRestIsMatched() throws Exception {
    Path startups = copy("startups.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(startups));
    lines.add(2, "{\"id\": \"broken\", \"name\": ");
    lines.add(5, "{\"name\": \"No Id\", \"description\": \"a startup without an id\"}");
    Files.write(startups, lines);
    Path needs = copy("needs.jsonl");
    JobSummary summary = runJob(settings(startups, needs, 3, 10, Set.of()));
    assertThat(summary.rejected()).isEqualTo(2);
    List<JsonNode> rejects = readLines(dir.resolve("rejects"));
    assertThat(rejects).extracting(r -> r.get("line").asLong()).containsExactlyInAnyOrder(3L, 6L);
    assertThat(rejects)
        .allSatisfy(r -> assertThat(r.get("source").asText()).isEqualTo(startups.toString()));
    assertThat(rejects)
        .anySatisfy(
            r -> {
              assertThat(r.path("field").asText()).isEqualTo("id");
              assertThat(r.path("error").asText()).isEqualTo("missing required field");
            });
    assertSameMatches(jobLines(), batch(startups, needs, 10));
  }

  @Test
  void parquetInAndOutMatchAsBatch() throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    String startupsParquet = dir.resolve("startups.parquet").toString();
    String needsParquet = dir.resolve("needs.parquet").toString();
    spark.read().json(startups.toString()).write().parquet(startupsParquet);
    spark.read().json(needs.toString()).write().parquet(needsParquet);
    runJob(
        new JobSettings(
            startupsParquet,
            needsParquet,
            JobSettings.InputFormat.PARQUET,
            dir.resolve("out").toString(),
            JobSettings.OutputFormat.PARQUET,
            dir.resolve("rejects").toString(),
            10,
            MatchOptions.DEFAULT_MIN_FIT,
            "default",
            false,
            3,
            Set.of()));
    List<JsonNode> fromParquet = new ArrayList<>();
    for (Row row :
        spark
            .read()
            .parquet(dir.resolve("out").toString())
            .orderBy("need", "rank")
            .collectAsList()) {
      JsonNode match = JSON.readTree(row.<String>getAs("match"));
      assertThat(match.get("need").asText()).isEqualTo(row.<String>getAs("need"));
      fromParquet.add(match);
    }
    List<JsonNode> expected = batch(startups, needs, 10);
    assertSameMatches(fromParquet, expected);
  }

  @Test
  void tablesMatchAsBatch() throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    spark.read().json(startups.toString()).createOrReplaceTempView("scouted_startups");
    spark.read().json(needs.toString()).createOrReplaceTempView("unit_needs");
    JobSummary summary =
        runJob(
            new JobSettings(
                "scouted_startups",
                "unit_needs",
                JobSettings.InputFormat.TABLE,
                dir.resolve("out").toString(),
                JobSettings.OutputFormat.JSONL,
                dir.resolve("rejects").toString(),
                10,
                MatchOptions.DEFAULT_MIN_FIT,
                "default",
                false,
                2,
                Set.of()));
    assertThat(summary.rejected()).isZero();
    assertSameMatches(jobLines(), batch(startups, needs, 10));
  }

  @Test
  void anExistingOutputIsRefusedBeforeAnythingRuns() throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    Files.createDirectories(dir.resolve("out"));
    assertThatThrownBy(() -> runJob(settings(startups, needs, 2, 10, Set.of())))
        .isInstanceOf(JobException.class)
        .hasMessage(
            dir.resolve("out")
                + " exists; the job writes a new directory: remove it or choose another");
    assertThat(dir.resolve("rejects")).doesNotExist();
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
    Path startups = copy("startups.jsonl");
    Path needs = copy("needs.jsonl");
    byte[] before = Files.readAllBytes(startups);
    JobSettings settings =
        new JobSettings(
            startups.toString(),
            needs.toString(),
            JobSettings.InputFormat.JSONL,
            startups.toString(),
            JobSettings.OutputFormat.JSONL,
            dir.resolve("rejects").toString(),
            10,
            MatchOptions.DEFAULT_MIN_FIT,
            "default",
            false,
            2,
            Set.of());
    assertThatThrownBy(() -> runJob(settings))
        .isInstanceOf(JobException.class)
        .hasMessage(startups + " is an input; choose another output");
    assertThat(Files.readAllBytes(startups)).isEqualTo(before);
    assertThat(dir.resolve("rejects")).doesNotExist();
  }

  @Test
  void theCommandLineSaysWhatIsWrongInOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkBatchJob.run(
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "--startups",
            "s.jsonl",
            "--needs",
            "n.jsonl",
            "--output",
            "out",
            "--model",
            "hybrid");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "startup-match-spark: model hybrid retrieves by meaning, which the job cannot shard;"
                + " use default or bm25");
  }

  @Test
  void theDocumentationShowsEveryOption() throws IOException {
    String documentation = Files.readString(Path.of("../docs/spark.md"));
    assertThat(SparkBatchJob.optionNames())
        .contains("--startups", "--partitions")
        .allSatisfy(name -> assertThat(documentation).contains("`" + name));
  }

  private JobSettings settings(
      Path startups, Path needs, int partitions, int top, Set<String> failOnce) {
    return new JobSettings(
        startups.toString(),
        needs.toString(),
        JobSettings.InputFormat.JSONL,
        dir.resolve("out").toString(),
        JobSettings.OutputFormat.JSONL,
        dir.resolve("rejects").toString(),
        top,
        MatchOptions.DEFAULT_MIN_FIT,
        "default",
        false,
        partitions,
        failOnce);
  }

  private JobSummary runJob(JobSettings settings) throws IOException {
    return SparkBatch.run(spark, settings, new PrintStream(OutputStreamSink.INSTANCE));
  }

  /** The job's output, its part files in order. */
  private List<JsonNode> jobLines() throws IOException {
    return readLines(dir.resolve("out"));
  }

  private static List<JsonNode> readLines(Path directory) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(directory)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          lines.add(JSON.readTree(line));
        }
      }
    }
    return lines;
  }

  /** {@code startup-match batch} on the same files, as JSON Lines. */
  private List<JsonNode> batch(Path startups, Path needs, int top) throws IOException {
    Path output = dir.resolve("batch.jsonl");
    Files.deleteIfExists(output);
    int code =
        StartupMatchCli.run(
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--output",
            output.toString(),
            "--top",
            String.valueOf(top));
    assertThat(code).as("batch's exit code").isIn(0, 1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(output)) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).isNotEmpty();
    return lines;
  }

  /**
   * The same needs, each with the same startups in the same order and scores and fits equal to
   * 1e-6. Batch writes the needs in the order they finish, on several threads; the job in input
   * order.
   */
  private static void assertSameMatches(List<JsonNode> actual, List<JsonNode> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    Map<String, List<JsonNode>> actualByNeed = byNeed(actual);
    Map<String, List<JsonNode>> expectedByNeed = byNeed(expected);
    assertThat(actualByNeed.keySet()).containsExactlyInAnyOrderElementsOf(expectedByNeed.keySet());
    for (Map.Entry<String, List<JsonNode>> need : expectedByNeed.entrySet()) {
      List<JsonNode> lines = actualByNeed.get(need.getKey());
      assertThat(lines).as("need %s", need.getKey()).hasSameSizeAs(need.getValue());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode a = lines.get(i);
        JsonNode e = need.getValue().get(i);
        String where = brief(a) + " where batch has " + brief(e);
        assertThat(a.path("startup").asText()).as(where).isEqualTo(e.path("startup").asText());
        assertThat(a.path("rank").asInt()).as(where).isEqualTo(e.path("rank").asInt());
        assertThat(a.path("noMatch").asText()).as(where).isEqualTo(e.path("noMatch").asText());
        assertThat(a.path("score").asDouble())
            .as(where)
            .isCloseTo(e.path("score").asDouble(), within(1e-6));
        assertThat(a.path("fit").asDouble())
            .as(where)
            .isCloseTo(e.path("fit").asDouble(), within(1e-6));
      }
    }
  }

  private static Map<String, List<JsonNode>> byNeed(List<JsonNode> lines) {
    Map<String, List<JsonNode>> byNeed = new LinkedHashMap<>();
    for (JsonNode line : lines) {
      byNeed.computeIfAbsent(line.get("need").asText(), need -> new ArrayList<>()).add(line);
    }
    return byNeed;
  }

  private static String brief(JsonNode line) {
    return line.get("need").asText()
        + (line.has("noMatch")
            ? " without matches"
            : " rank "
                + line.path("rank").asInt()
                + " "
                + line.path("startup").asText()
                + " score "
                + line.path("score").asDouble());
  }

  private Path copy(String sample) throws IOException {
    Path file = dir.resolve(sample);
    try (InputStream in = SampleData.open(sample)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static Path shared(String relative) {
    Path path =
        Path.of(System.getProperty("startupmatching.shared", "../../shared")).resolve(relative);
    assumeTrue(Files.isRegularFile(path), "shared evaluation data absent, skipping: " + path);
    return path;
  }

  /** The profiles' id, name, one-liner and description alone: no tags, industries or places. */
  private Path textOnlyProfiles(Path profiles) throws IOException {
    Path file = dir.resolve("yc-text-only.jsonl");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(profiles)) {
      JsonNode node = JSON.readTree(line);
      ObjectNode profile =
          JSON.createObjectNode()
              .put("id", node.get("id").asText())
              .put("name", node.get("name").asText())
              .put("oneLiner", node.path("oneLiner").asText(""))
              .put("description", node.path("description").asText(""));
      lines.add(profile.toString());
    }
    Files.write(file, lines);
    return file;
  }

  /** The development needs in English, German, Chinese and Italian, as JSON Lines. */
  private Path devNeeds(Path needsJson) throws IOException {
    Path file = dir.resolve("dev-needs.jsonl");
    List<String> lines = new ArrayList<>();
    for (JsonNode need : JSON.readTree(needsJson.toFile())) {
      String id = need.get("id").asText();
      lines.add(
          JSON.createObjectNode()
              .put("id", id)
              .put("title", need.path("title").asText(""))
              .put("description", need.get("description").asText())
              .toString());
      for (String language : List.of("de", "zh", "it")) {
        if (need.hasNonNull(language)) {
          lines.add(
              JSON.createObjectNode()
                  .put("id", id + "-" + language)
                  .put("description", need.get(language).asText())
                  .toString());
        }
      }
    }
    Files.write(file, lines);
    return file;
  }

  /** Discards what is written to it. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}
  }
}
