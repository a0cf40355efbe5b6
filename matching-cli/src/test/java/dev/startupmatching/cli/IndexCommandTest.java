package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  /** Good records on lines 1, 3, 5 and 7; bad ones on 2 (malformed), 4 (no name), 6 (blank). */
  private Path mixedFile() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        String.join(
                "\n",
                "{\"id\":\"a\",\"name\":\"Photon Scan\",\"description\":\"Solid-state lidar.\"}",
                "{\"id\":\"b\",\"name\":",
                "{\"id\":\"c\",\"name\":\"CellForge\",\"description\":\"Battery cells.\"}",
                "{\"id\":\"d\",\"description\":\"No name.\"}",
                "{\"id\":\"e\",\"name\":\"Lunchbox\",\"description\":\"Lunch, delivered.\"}",
                "",
                "{\"id\":\"f\",\"name\":\"Gridly\",\"description\":\"Charging stations.\"}")
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void indexesEveryGoodRecordReportsEveryBadLineAndCommitsAsItGoes() throws Exception {
    Path index = dir.resolve("index");
    Path rejects = dir.resolve("rejects.txt");

    Result result =
        run(
            "index",
            "--startups",
            mixedFile().toString(),
            "--index",
            index.toString(),
            "--commit-every",
            "2",
            "--rejects",
            rejects.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out().lines()).containsExactly("committed 2", "committed 4", "committed 4");
    assertThat(result.err()).contains("mixed.jsonl:2", "mixed.jsonl:4", "mixed.jsonl:6", "'name'");
    assertThat(Files.readAllLines(rejects)).hasSize(3).allMatch(l -> l.contains("mixed.jsonl:"));
    try (StartupIndex reopened = StartupIndex.open(index)) {
      assertThat(reopened.size()).isEqualTo(4);
      assertThat(reopened.get("e"))
          .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Lunchbox"));
      assertThat(reopened.get("b")).isEmpty();
    }
  }

  @Test
  void strictStopsAtTheFirstBadRecordKeepingWhatWasCommitted() throws Exception {
    Path index = dir.resolve("index");

    Result result =
        run(
            "index",
            "--startups",
            mixedFile().toString(),
            "--index",
            index.toString(),
            "--commit-every",
            "1",
            "--strict");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out().lines()).containsExactly("committed 1");
    assertThat(result.err()).contains("mixed.jsonl:2");
    try (StartupIndex reopened = StartupIndex.open(index)) {
      assertThat(reopened.size()).isEqualTo(1);
    }
  }

  @Test
  void checkCountsTheStartupsAndRefusesWhatIsNotAnIndex() throws Exception {
    Path index = dir.resolve("index");
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    assertThat(
            run("index", "--startups", startups.toString(), "--index", index.toString()).exitCode())
        .isZero();

    Result check = run("check", "--index", index.toString());
    Result notAnIndex = run("check", "--index", dir.resolve("nothing").toString());

    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.out())
        .startsWith("ok: " + SampleData.startups().size() + " startups")
        .contains("taxonomyVersion", "schemaVersion", "analysisVersion", "embeddingModel: none");
    assertThat(notAnIndex.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notAnIndex.err()).contains("nothing does not exist");
    assertThat(dir.resolve("nothing")).doesNotExist();
  }

  @Test
  void matchBatchAndNeedsForRankAnIndexAsTheyRankTheSameStartupsFromAFile() throws Exception {
    Path index = dir.resolve("index");
    Path startups = dir.resolve("startups.jsonl");
    Path needs = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    JsonLinesWriter.writeNeeds(needs, SampleData.needs());
    run("index", "--startups", startups.toString(), "--index", index.toString());
    Path fromFile = dir.resolve("file.trec");
    Path fromIndex = dir.resolve("index.trec");
    Path batchFromIndex = dir.resolve("batch.trec");

    run(
        "match",
        "--startups",
        startups.toString(),
        "--needs",
        needs.toString(),
        "--format",
        "trec",
        "--output",
        fromFile.toString());
    Result match =
        run(
            "match",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--output",
            fromIndex.toString());
    Result batch =
        run(
            "batch",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--threads",
            "1",
            "--output",
            batchFromIndex.toString());
    String startupId = SampleData.startups().get(0).id();
    Result needsFor =
        run(
            "needs-for",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--startup",
            startupId);

    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(Files.readAllLines(fromIndex)).isEqualTo(Files.readAllLines(fromFile)).isNotEmpty();
    assertThat(batch.exitCode()).as(batch.err()).isZero();
    assertThat(Files.readAllLines(batchFromIndex))
        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(fromFile));
    assertThat(needsFor.exitCode()).as(needsFor.err()).isZero();
    assertThat(needsFor.out()).contains("(" + startupId + ") fits");
  }

  @Test
  void aFileTooLargeToReadIntoMemoryIsBadInputPointingToTheIndex() throws Exception {
    Path huge = dir.resolve("huge.jsonl");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(InputOptions.MAX_FILE_BYTES + 1); // sparse: takes no disk space
    }

    Result result = run("match", "--startups", huge.toString(), "--needs", huge.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains(huge + " has 1073741825 bytes", "use --index");
  }

  @Test
  void anIndexTakesTheStartupsPlaceNotBoth() {
    Result both =
        run("match", "--index", dir.toString(), "--startups", "s.jsonl", "--needs", "n.jsonl");
    Result noNeeds = run("match", "--index", dir.toString());

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("give --index or --startups, not both");
    assertThat(noNeeds.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noNeeds.err()).contains("--index needs --needs");
    assertThat(List.of(both, noNeeds)).allSatisfy(r -> assertThat(r.out()).isEmpty());
  }

  @Test
  void theSummaryCountsWhatTheIndexHolds() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups().subList(0, 20));
    Path index = dir.resolve("index");

    Result result =
        run(
            "index",
            "--startups",
            startups.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            "5");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("indexed 20 startups from " + startups + " into " + index + ", which holds 20;");
    assertThat(run("check", "--index", index.toString()).out()).startsWith("ok: 20 startups");
  }

  @Test
  void anEmptyFileIsReportedAndIndexesNothing() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path index = dir.resolve("index");

    Result result = run("index", "--startups", empty.toString(), "--index", index.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).isEqualTo("error: " + empty + " is empty: no startups were indexed\n");
    assertThat(index).doesNotExist();
  }

  @Test
  void anIndexBeingWrittenByAnotherProcessIsReportedInOneLine() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups().subList(0, 5));
    Path index = dir.resolve("index");

    try (StartupIndex other = StartupIndex.open(index)) {
      Result busy = run("index", "--startups", startups.toString(), "--index", index.toString());
      Result debug =
          run("index", "--debug", "--startups", startups.toString(), "--index", index.toString());

      assertThat(busy.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
      assertThat(busy.err())
          .isEqualTo(
              "error: "
                  + index
                  + " is open for writing in another process (its write.lock is held): wait for it"
                  + " to finish, or stop it, and run again\n");
      assertThat(debug.err()).startsWith(busy.err()).contains("\tat ");
      assertThat(other.size()).isZero();
    }
  }

  @Test
  void aRepeatedIdKeepsTheLaterRecordWithAWarningInIndexAndMatchAlike() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    Files.writeString(
        startups,
        "{\"id\":\"s1\",\"name\":\"Old Lidar\",\"description\":\"Solid-state lidar.\"}\n"
            + "{\"id\":\"s2\",\"name\":\"CellForge\",\"description\":\"Battery cells.\"}\n"
            + "{\"id\":\"s1\",\"name\":\"New Lidar\",\"description\":\"Solid-state lidar.\"}\n");
    Path needs = dir.resolve("needs.jsonl");
    Files.writeString(needs, "{\"id\":\"n1\",\"description\":\"solid-state lidar\"}\n");
    Path index = dir.resolve("index");
    String warning =
        "warning: " + startups + ":3: field 'id': id 's1' repeats line 1; this record replaces it";

    Result indexed = run("index", "--startups", startups.toString(), "--index", index.toString());
    Result matched =
        run(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "csv");

    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    assertThat(indexed.err()).contains(warning, "1 records replaced an earlier one with their id");
    try (StartupIndex reopened = StartupIndex.openReadOnly(index)) {
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(reopened.get("s1"))
          .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("New Lidar"));
    }
    assertThat(matched.exitCode()).as(matched.err()).isZero();
    assertThat(matched.err()).contains(warning);
  }

  @Test
  void aStartupWhosePlaceIsUnknownIsIndexedAndReportedOnceWithItsLine() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    Files.writeString(
        startups,
        "{\"id\":\"s1\",\"name\":\"Lidar\",\"description\":\"Lidar.\",\"country\":\"DE\","
            + "\"regions\":[\"Remote\"]}\n"
            + "{\"id\":\"s2\",\"name\":\"Cells\",\"description\":\"Battery cells.\","
            + "\"regions\":[\"Bavaria\"]}\n");
    Path index = dir.resolve("index");

    Result indexed = run("index", "--startups", startups.toString(), "--index", index.toString());

    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    assertThat(indexed.err())
        .containsOnlyOnce(
            "warning: "
                + startups
                + ":2: field 'regions[0]': 'Bavaria' names no known country or region; the startup"
                + " is kept, and region constraints compare the text as written")
        .doesNotContain(":1:");
    try (StartupIndex reopened = StartupIndex.openReadOnly(index)) {
      assertThat(reopened.size()).isEqualTo(2);
    }
  }
}
