package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DuplicatesCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheSameCompanyFromTwoSourcesWithItsConfidence() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    Files.writeString(
        startups,
        String.join(
                "\n",
                "{\"id\":\"a-17\",\"name\":\"Photon Scan GmbH\",\"description\":\"Solid-state lidar"
                    + " sensors for cars.\"}",
                "{\"id\":\"b-4\",\"name\":\"PhotonScan\",\"description\":\"Automotive lidar:"
                    + " solid-state laser scanners for vehicles.\"}",
                "{\"id\":\"b-9\",\"name\":\"Beamline\",\"description\":\"Solid-state lidar sensors"
                    + " for cars.\"}",
                "{\"id\":\"b-12\",\"name\":\"Lunchbox\",\"description\":\"Healthy lunches delivered"
                    + " to offices.\"}",
                "not json")
            + "\n",
        StandardCharsets.UTF_8);
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.execute(
            "duplicates",
            "--startups",
            startups.toString(),
            "--min-confidence",
            "0.7",
            "--format",
            "jsonl");

    // One record is malformed: the others are compared, and the exit code says one was skipped.
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(
                        "\"first\":\"a-17\"", "\"second\":\"b-4\"", "\"nameSimilarity\":1.0"));
    assertThat(err.toString()).contains("startups.jsonl:5", "1 likely duplicate pairs among 4");
  }
}
