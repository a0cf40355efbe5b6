package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles written by a hostile user cannot forge results, fool an evaluation, run as spreadsheet
 * formulas or send escape sequences to the terminal of whoever reads the output.
 */
class OutputSafetyTest {
  /**
   * An id that, written as it is, adds a TREC result for a startup that does not exist; escaped for
   * a JSON string, as are the texts below.
   */
  private static final String FORGED_ID = "a 9 1.0 t\\nN1 Q0 injected 1 100.0 t\\nN1 Q0 b";

  /** Sets the terminal's title, then clears the screen, then reverses what follows. */
  private static final String ESCAPES = "\\u001b]0;pwned\\u0007Evil\\u001b[2J\\u202ECo";

  @TempDir Path dir;

  /** Writes JSON lines, given as they appear in the file. */
  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path needs() throws Exception {
    return write("needs.jsonl", "{\"id\":\"N1\",\"description\":\"solid-state lidar for cars\"}");
  }

  private static String startup(String id, String name) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"description\":\"Solid-state lidar.\"}";
  }

  @Test
  void aForgedIdIsAFieldErrorOfItsLineAndTheRunHoldsOnlyRealStartups() throws Exception {
    Path startups =
        write(
            "startups.jsonl",
            startup("s1", "Photon Scan"),
            startup("s2", "Lidar Works"),
            startup(FORGED_ID, "Forged"),
            startup("s3", "Beam Co"));
    Path run = dir.resolve("run.trec");

    CliRun match =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs().toString(),
            "--format",
            "trec",
            "--output",
            run.toString());

    // The good startups are ranked; the exit code says one record was skipped.
    assertThat(match.exitCode()).as(match.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(match.err())
        .contains(
            "startups.jsonl:3: field 'id': id must not contain whitespace or control characters"
                + " but has U+0020 at character 2");
    List<String> lines = Files.readAllLines(run);
    assertThat(lines)
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).matches("N1 Q0 s[123] [123] \\d+\\.\\d{6} \\S+"));

    // The judgments the forger hoped to meet: had the forged line been written, nDCG@10 were 1.
    Path qrels = write("qrels.txt", "N1 0 injected 2");
    CliRun evaluate =
        CliRun.of("evaluate", "--run", run.toString(), "--qrels", qrels.toString(), "--per-need");

    assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).startsWith("N1 ndcg@10=0.0000 ");

    CliRun strict =
        CliRun.of(
            "match",
            "--strict",
            "--startups",
            startups.toString(),
            "--needs",
            needs().toString(),
            "--format",
            "trec");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(strict.err()).contains("startups.jsonl:3: field 'id'").doesNotContain("injected 1");
  }

  @Test
  void anIdWithAPlainSpaceIsRejectedSoTheRunReadsAndABatchResumes() throws Exception {
    Path startups =
        write("startups.jsonl", startup("s1", "Photon Scan"), startup("s 2", "Spaced Out"));
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"N1\",\"description\":\"solid-state lidar for cars\"}",
            "{\"id\":\"N 2\",\"description\":\"lidar\"}",
            "{\"id\":\"N3\",\"description\":\"lidar\",\"excludedStartupIds\":[\"s 2\"]}",
            "{\"id\":\"N4\",\"description\":\"lidar\"}");
    Path run = dir.resolve("run.trec");

    CliRun batch =
        CliRun.of(
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--output",
            run.toString());

    assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(batch.err())
        .contains("startups.jsonl:2: field 'id': id must not contain whitespace")
        .contains("needs.jsonl:2: field 'id': id must not contain whitespace")
        .contains(
            "needs.jsonl:3: field 'excludedStartupIds': excludedStartupIds must not contain"
                + " whitespace or control characters but value 1 has U+0020 at character 2");
    assertThat(Files.readAllLines(run))
        .extracting(line -> line.split(" ", -1).length)
        .containsOnly(6)
        .hasSize(2);
    assertThat(CliRun.of("evaluate", "--run", run.toString(), "--qrels", needsQrels()).exitCode())
        .isZero();

    CliRun resumed =
        CliRun.of(
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--output",
            run.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(resumed.err()).contains("continuing " + run + ": 1 needs done");
    assertThat(Files.readAllLines(run)).hasSize(2);
  }

  private String needsQrels() throws Exception {
    return write("qrels.txt", "N1 0 s1 1").toString();
  }

  @Test
  void csvCellsCannotRunAsFormulas() throws Exception {
    Path startups =
        write(
            "startups.jsonl",
            startup("s1", "=HYPERLINK(\\\"http://x\\\",\\\"click\\\")"),
            startup("-s2", "@SUM(A1)"),
            startup("s3", "+1 Lidar"));
    Path csv = dir.resolve("out.csv");

    CliRun match =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs().toString(),
            "--format",
            "csv",
            "--output",
            csv.toString());

    assertThat(match.exitCode()).as(match.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(4);
    assertThat(String.join("\n", rows))
        .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",")
        .contains(",'-s2,'@SUM(A1),")
        .contains(",s3,'+1 Lidar,");
    // No cell of any row starts a formula, quoted or not.
    assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContainPattern("(^|,)\"?[=+@-]"));
  }

  @Test
  void escapeSequencesInAProfileNeverReachTheTerminal() throws Exception {
    Path startups = write("startups.jsonl", startup("s1", ESCAPES));
    for (String format : List.of("table", "csv")) {
      Path out = dir.resolve("out." + format);
      CliRun match =
          CliRun.of(
              "match",
              "--startups",
              startups.toString(),
              "--needs",
              needs().toString(),
              "--format",
              format,
              "--explain",
              "--output",
              out.toString());

      assertThat(match.exitCode()).as(match.err()).isZero();
      assertThat(Files.readString(out))
          .as(format)
          .contains("]0;pwnedEvil[2JCo")
          .doesNotContain("\u001b", "\u0007", "\u202E");
    }
  }

  @Test
  void jsonLinesEscapeControlCharacters() throws Exception {
    Path startups = write("startups.jsonl", startup("s1", ESCAPES));
    Path out = dir.resolve("out.jsonl");

    CliRun match =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs().toString(),
            "--format",
            "jsonl",
            "--output",
            out.toString());

    assertThat(match.exitCode()).as(match.err()).isZero();
    // DEL, the C1 controls (U+009B starts an escape sequence alone) and bidi overrides are escaped
    // too, so JSON Lines printed on a terminal are as safe as a table.
    assertThat(Files.readString(out))
        .contains("\"name\":\"\\u001B]0;pwned\\u0007Evil\\u001B[2J\\u202ECo")
        .doesNotContain("\u001b", "\u0007", "\u202E");
  }

  @Test
  void anInputErrorQuotingAnEscapeSequenceShowsItEscaped() throws Exception {
    Path startups =
        write(
            "startups.jsonl",
            startup("s1", "Photon Scan"),
            "{\"id\":\"s2\",\"name\":\"n\",\"description\":\"d\","
                + "\"stage\":\"\\u001b]0;pwned\\u0007\"}");

    CliRun match =
        CliRun.of("match", "--startups", startups.toString(), "--needs", needs().toString());

    assertThat(match.err())
        .contains("startups.jsonl:2: field 'stage': unknown stage '\\u001B]0;pwned\\u0007'")
        .doesNotContain("\u001b", "\u0007");
  }
}
