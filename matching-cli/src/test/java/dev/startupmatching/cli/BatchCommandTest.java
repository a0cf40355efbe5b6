package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String err) {}

  private static Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return new Result(cli.execute(args), err.toString());
  }

  /** The lines of a results file grouped by their first field, the need id, in file order. */
  private static Map<String, List<String>> byNeed(Path file, boolean header) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, List<String>> byNeed = new TreeMap<>();
    for (String line : lines.subList(header ? 1 : 0, lines.size())) {
      byNeed.computeIfAbsent(line.split("[ ,]", 2)[0], k -> new ArrayList<>()).add(line);
    }
    return byNeed;
  }

  @Test
  void matchesEveryNeedOfTheExampleInTrecFormat() throws Exception {
    Path out = dir.resolve("run.trec");

    Result result =
        run(
            "batch",
            "--output",
            out.toString(),
            "--format",
            "trec",
            "--top",
            "3",
            "--threads",
            "2",
            // Every need of the example, also the two with no good match.
            "--min-fit",
            "0");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<String, List<String>> byNeed = byNeed(out, false);
    assertThat(byNeed.keySet())
        .containsExactlyInAnyOrderElementsOf(
            SampleData.needs().stream().map(Need::id).collect(Collectors.toSet()));
    assertThat(byNeed.values())
        .allSatisfy(
            lines ->
                assertThat(lines)
                    .extracting(l -> l.split(" ")[3])
                    .containsExactly("1", "2", "3")
                    .hasSize(3));
    assertThat(result.err())
        .contains("batch: " + SampleData.needs().size() + " needs matched, 0 failed, 0 skipped");
  }

  @Test
  void aResultsFileCutOffAnywhereIsCompletedWithoutLosingOrRepeatingANeed() throws Exception {
    for (String format : List.of("trec", "jsonl", "csv")) {
      Path complete = dir.resolve("complete." + format);
      assertThat(run("batch", "--output", complete.toString(), "--format", format).exitCode())
          .isZero();
      byte[] bytes = Files.readAllBytes(complete);
      Map<String, List<String>> expected = byNeed(complete, format.equals("csv"));
      for (int cut : List.of(1, bytes.length / 3, bytes.length / 2 + 7, bytes.length - 2)) {
        Path resumed = dir.resolve("cut-" + cut + "." + format);
        Files.write(resumed, java.util.Arrays.copyOf(bytes, cut));
        Files.copy(
            BatchOptionsRecord.path(complete),
            BatchOptionsRecord.path(resumed),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Result result = run("batch", "--output", resumed.toString(), "--format", format);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(byNeed(resumed, format.equals("csv")))
            .as("%s cut at byte %d", format, cut)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aCsvFileWhoseNeedIdsWereNeutralisedAsFormulasResumesUnderTheRealIds() throws Exception {
    List<Need> needs = new ArrayList<>();
    List<String> ids = List.of("-minus", "@at", "+plus", "=equals", "'quote", "plain");
    for (int i = 0; i < ids.size(); i++) {
      needs.add(SampleData.needs().get(i).toBuilder().id(ids.get(i)).build());
    }
    Path needsFile = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(needsFile, needs);
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    Path complete = dir.resolve("complete.csv");
    String[] batch = {
      "batch",
      "--startups",
      startups.toString(),
      "--needs",
      needsFile.toString(),
      "--format",
      "csv",
      "--min-fit",
      "0"
    };

    assertThat(run(concat(batch, "--output", complete.toString())).exitCode()).isZero();
    Map<String, List<String>> expected = byNeed(complete, true);
    assertThat(expected.keySet())
        .containsExactlyInAnyOrder("'-minus", "'@at", "'+plus", "'=equals", "''quote", "plain");

    byte[] bytes = Files.readAllBytes(complete);
    Path resumed = dir.resolve("resumed.csv");
    Files.write(resumed, java.util.Arrays.copyOf(bytes, bytes.length - 2));
    Files.copy(BatchOptionsRecord.path(complete), BatchOptionsRecord.path(resumed));
    Result result = run(concat(batch, "--output", resumed.toString()));

    // Read back as the need ids they are, the needs done are skipped rather than written twice.
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("continuing " + resumed + ": " + (ids.size() - 1) + " needs done")
        .contains("1 needs matched, 0 failed, " + (ids.size() - 1) + " skipped");
    assertThat(byNeed(resumed, true)).isEqualTo(expected);
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void aFinishedFileRunAgainSkipsTheNeedsDoneAndStaysTheSame() throws Exception {
    Path out = dir.resolve("run.jsonl");
    run("batch", "--output", out.toString());
    Map<String, List<String>> first = byNeed(out, false);

    Result again = run("batch", "--output", out.toString());

    assertThat(again.err())
        .contains("continuing " + out + ": " + (SampleData.needs().size() - 1) + " needs done")
        .contains("1 needs matched, 0 failed, " + (SampleData.needs().size() - 1) + " skipped");
    assertThat(byNeed(out, false)).isEqualTo(first);
  }

  @Test
  void restartStartsAfreshAndANeedOverALimitFailsAloneWithExitCodeOne() throws Exception {
    Path needs = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(
        needs,
        List.of(
            Need.builder("ok", "battery cells for electric vehicles").build(),
            Need.builder("long", "b".repeat(Startup.MAX_LONG_TEXT_LENGTH))
                .title("Battery")
                .build()));
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    Path out = dir.resolve("run.trec");
    Files.writeString(out, "junk that is not a result\n");

    Result result =
        run(
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--output",
            out.toString(),
            "--format",
            "trec",
            "--restart");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("need long failed: need long: text has");
    assertThat(byNeed(out, false).keySet()).containsExactly("ok");
  }

  @Test
  void aFileThatIsNotResultsOfTheFormatIsAnErrorNamingTheLine() throws Exception {
    Path out = dir.resolve("run.trec");
    assertThat(run("batch", "--output", out.toString(), "--format", "trec").exitCode()).isZero();
    Files.writeString(out, "n1 Q0 s1 1 0.5 tag\nnot a result\nn1 Q0 s2 2 0.4 tag\n");

    Result result = run("batch", "--output", out.toString(), "--format", "trec");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains(out + ":2: not a result line of --format trec");
    assertThat(Files.readString(out)).startsWith("n1 Q0 s1 1 0.5 tag\nnot a result");
  }

  @Test
  void tableOutputIsAUsageError() {
    Result result = run("batch", "--output", dir.resolve("x").toString(), "--format", "table");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--format table cannot be continued");
  }

  @Test
  void aFileWrittenWithOtherOptionsIsNotContinuedUnlessRestarted() throws Exception {
    Path out = dir.resolve("run.trec");
    assertThat(
            run("batch", "--output", out.toString(), "--format", "trec", "--top", "5").exitCode())
        .isZero();
    byte[] written = Files.readAllBytes(out);

    Result other = run("batch", "--output", out.toString(), "--format", "trec", "--top", "20");

    assertThat(other.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(other.err())
        .isEqualTo(
            "error: "
                + out
                + " was written with --top 5, not 20; give the same options to continue it, or"
                + " --restart to start it afresh\n");
    assertThat(Files.readAllBytes(out)).as("not even truncated").isEqualTo(written);

    Result restarted =
        run("batch", "--output", out.toString(), "--format", "trec", "--top", "20", "--restart");

    assertThat(restarted.exitCode()).as(restarted.err()).isZero();
    assertThat(byNeed(out, false).values())
        .anySatisfy(lines -> assertThat(lines).hasSizeGreaterThan(5))
        .allSatisfy(lines -> assertThat(lines).hasSizeLessThanOrEqualTo(20));
  }

  @Test
  void resultsWithoutARecordOfTheirOptionsAreNotContinued() throws Exception {
    Path out = dir.resolve("run.trec");
    Files.writeString(out, "n1 Q0 s1 1 0.5 tag\n");

    Result result = run("batch", "--output", out.toString(), "--format", "trec");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains("holds results but no record of the options", "give --restart");
    assertThat(Files.readString(out)).isEqualTo("n1 Q0 s1 1 0.5 tag\n");
  }
}
