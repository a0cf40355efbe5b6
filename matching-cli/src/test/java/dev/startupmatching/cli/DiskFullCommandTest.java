package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.IndexCheck;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while {@code index} writes: a small tmpfs, mounted where the test may mount one
 * (as root on Linux), stands in for the full disk. The command says so in one line, with what the
 * index holds, and the index is intact with every startup committed before.
 */
class DiskFullCommandTest {
  private static final int COMMIT_EVERY = 300;

  @TempDir Path dir;

  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mountASmallDisk() throws Exception {
    disk = Files.createDirectory(dir.resolve("small-disk"));
    String output = command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString());
    mounted = output == null;
    Assumptions.assumeTrue(
        mounted, "skipped: mounting a 3 MB tmpfs needs root on Linux (" + output + ")");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      command("umount", disk.toString());
    }
  }

  /** Runs a command; returns null if it succeeded, else what it printed. */
  private static String command(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "timed out";
      }
      return process.exitValue() == 0 ? null : output.strip();
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  @Test
  void aFullDiskIsReportedInOneLineAndLosesNothingCommitted() throws Exception {
    List<Startup> startups = new ArrayList<>();
    for (int copy = 0; copy < 20; copy++) {
      for (Startup startup : SampleData.startups()) {
        startups.add(startup.toBuilder().id(startup.id() + "-" + copy).build());
      }
    }
    Path file = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(file, startups);
    Path index = disk.resolve("index");

    CliRun run =
        CliRun.of(
            "index",
            "--startups",
            file.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            Integer.toString(COMMIT_EVERY));

    List<String> commits = run.out().lines().toList();
    assertThat(commits).as("some commits fit on the disk").isNotEmpty();
    long committed =
        Long.parseLong(commits.get(commits.size() - 1).substring("committed ".length()));
    assertThat(committed).isLessThan(startups.size());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err())
        .isEqualTo(
            "error: the disk filled up while writing "
                + index
                + ": the index holds what it held before, with the first "
                + committed
                + " startups of "
                + file
                + " committed; free space and run the command again\n");

    IndexCheck check = StartupIndex.check(index);
    assertThat(check.clean()).as(check.report()).isTrue();
    assertThat(check.startups()).isEqualTo(committed);
    try (StartupIndex reopened = StartupIndex.openReadOnly(index)) {
      for (Startup startup : startups.subList(0, (int) committed)) {
        assertThat(reopened.get(startup.id())).contains(startup);
      }
    }
  }

  @Test
  void resultsThatDoNotFitLeaveTheOldFileAsItWas() throws Exception {
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    Path needs = dir.resolve("needs.jsonl");
    List<Need> many = new ArrayList<>();
    for (int copy = 0; copy < 40; copy++) {
      for (Need need : SampleData.needs()) {
        many.add(need.toBuilder().id(need.id() + "-" + copy).build());
      }
    }
    JsonLinesWriter.writeNeeds(needs, many);
    Path results = disk.resolve("results.jsonl");
    Files.writeString(results, "yesterday's results\n");
    // Fill the disk but for a little room: the new results cannot fit beside the old ones.
    Files.write(disk.resolve("ballast"), new byte[2_900_000]);

    CliRun run =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "jsonl",
            "--explain",
            "--output",
            results.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err().lines().filter(l -> l.startsWith("error:")))
        .containsExactly(
            "error: the disk is full while writing "
                + results
                + ": free space and run the command again; what was written before is kept");
    assertThat(run.printedStackTrace()).isFalse();
    assertThat(Files.readString(results)).isEqualTo("yesterday's results\n");
    try (var files = Files.list(disk)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("results.jsonl", "ballast");
    }
  }
}
