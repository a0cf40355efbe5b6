package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command refuses an output that is one of its inputs, by name or through a link, before it
 * reads or writes anything. The reproductions of a rejects file and a results file that emptied
 * their inputs.
 */
class OutputsNeverClobberInputsTest {
  @TempDir Path dir;

  private Path startups;
  private Path needs;
  private Path qrels;
  private byte[] startupsBytes;

  @BeforeEach
  void writeTheExample() throws IOException {
    startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    startupsBytes = Files.readAllBytes(startups);
    needs = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(needs, SampleData.needs());
    qrels = dir.resolve("qrels.txt");
    try (InputStream in = SampleData.open("qrels.txt")) {
      Files.copy(in, qrels);
    }
  }

  private static void assertRefused(CliRun run, String output, String input) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .startsWith("error: " + output)
        .contains(
            "is the " + input + " input: an output must not overwrite an input; give another path");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aRejectsFileThatIsTheStartupsFileIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path index = dir.resolve("index");

    CliRun run =
        CliRun.of(
            "index",
            "--startups",
            startups.toString(),
            "--index",
            index.toString(),
            "--rejects",
            startups.toString());

    assertRefused(run, "--rejects " + startups, "--startups");
    assertThat(Files.readAllBytes(startups)).isEqualTo(startupsBytes);
    assertThat(index).doesNotExist();
  }

  @Test
  void resultsThatWouldOverwriteAnInputAreRefusedByNameAndThroughLinks() throws IOException {
    Path symbolic = Files.createSymbolicLink(dir.resolve("link.jsonl"), startups);
    Path hard = Files.createLink(dir.resolve("hard.jsonl"), startups);

    for (Path output : List.of(startups, symbolic, hard)) {
      CliRun run =
          CliRun.of(
              "match",
              "--startups",
              startups.toString(),
              "--needs",
              needs.toString(),
              "--output",
              output.toString());

      assertRefused(run, "--output " + output, "--startups");
      assertThat(Files.readAllBytes(startups)).isEqualTo(startupsBytes);
    }
  }

  @Test
  void everyCommandWithAnOutputRefusesItsInputs() throws IOException {
    byte[] qrelsBytes = Files.readAllBytes(qrels);
    byte[] needsBytes = Files.readAllBytes(needs);

    assertRefused(
        CliRun.of(
            "evaluate",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--qrels",
            qrels.toString(),
            "--run-output",
            qrels.toString()),
        "--run-output " + qrels,
        "--qrels");
    assertRefused(
        CliRun.of(
            "features",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--qrels",
            qrels.toString(),
            "--output",
            qrels.toString()),
        "--output " + qrels,
        "--qrels");
    assertRefused(
        CliRun.of(
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--output",
            needs.toString()),
        "--output " + needs,
        "--needs");
    assertRefused(
        CliRun.of(
            "train",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--qrels",
            qrels.toString(),
            "--output",
            needs.toString()),
        "--output " + needs,
        "--needs");

    assertThat(Files.readAllBytes(qrels)).isEqualTo(qrelsBytes);
    assertThat(Files.readAllBytes(needs)).isEqualTo(needsBytes);
    assertThat(Files.readAllBytes(startups)).isEqualTo(startupsBytes);
  }

  @Test
  void anOutputInsideAnIndexIsRefused() throws IOException {
    Path index = dir.resolve("index");
    assertThat(
            CliRun.of("index", "--startups", startups.toString(), "--index", index.toString())
                .exitCode())
        .isZero();

    CliRun run =
        CliRun.of(
            "match",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--output",
            index.resolve("segments_9").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("is inside the index " + index);
    assertThat(index.resolve("segments_9")).doesNotExist();
  }

  @Test
  void sampleExportKeepsExistingFilesUnlessForced() throws IOException {
    Path export = Files.createDirectory(dir.resolve("export"));
    Files.writeString(export.resolve("needs.jsonl"), "my own needs\n");

    CliRun refused = CliRun.of("sample", "--export", export.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err())
        .isEqualTo(
            "error: "
                + export
                + " already holds needs.jsonl; give --force to replace them, or another"
                + " directory\n");
    assertThat(Files.readString(export.resolve("needs.jsonl"))).isEqualTo("my own needs\n");
    assertThat(export.resolve("units.jsonl")).doesNotExist();

    CliRun forced = CliRun.of("sample", "--export", export.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readAllLines(export.resolve("needs.jsonl")))
        .hasSize(SampleData.needs().size());
  }

  @Test
  void aDirectoryWhereAFileBelongsIsNamed() {
    CliRun input = CliRun.of("match", "--startups", dir.toString(), "--needs", needs.toString());
    CliRun output =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--output",
            dir.toString());

    assertThat(input.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(input.err())
        .isEqualTo("error: --startups " + dir + " is a directory; give a file\n");
    assertThat(output.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(output.err())
        .isEqualTo("error: --output " + dir + " is a directory; give the path of a file\n");
  }
}
