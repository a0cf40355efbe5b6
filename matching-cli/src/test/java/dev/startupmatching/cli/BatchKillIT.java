package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code bin/startup-match batch} with SIGKILL part way through, runs it again, and checks
 * that the results file then holds every need exactly once, the same as an uninterrupted run.
 */
class BatchKillIT {
  private static final int COPIES = 5;

  @TempDir static Path dir;
  private static Path startups;
  private static Path needs;
  private static Map<String, List<String>> expected;

  @BeforeAll
  static void writeInputsAndAnUninterruptedRun() throws Exception {
    startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    List<Need> copies = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      for (Need need : SampleData.needs()) {
        copies.add(need.toBuilder().id(need.id() + "-" + copy).build());
      }
    }
    needs = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(needs, copies);
    Path reference = dir.resolve("reference.trec");
    Process run = batch(reference);
    assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(run.exitValue()).isZero();
    expected = byNeed(reference);
    assertThat(expected).hasSize(copies.size());
  }

  private static Process batch(Path output) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of("..", "bin", "startup-match").toString(),
            "batch",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--output",
            output.toString(),
            "--format",
            "trec",
            "--top",
            "20",
            "--threads",
            "2",
            // Every need, also the ones with no good match, so that each copy has its lines.
            "--min-fit",
            "0");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve(output.getFileName() + ".log").toFile());
    return builder.start();
  }

  private static Map<String, List<String>> byNeed(Path file) throws Exception {
    Map<String, List<String>> byNeed = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      byNeed.computeIfAbsent(line.split(" ", 2)[0], k -> new ArrayList<>()).add(line);
    }
    return byNeed;
  }

  @Test
  void aBatchKilledAtRandomMomentsAndRunAgainHoldsEveryNeedOnce() throws Exception {
    Random random = new Random(7);
    for (int attempt = 0; attempt < 3; attempt++) {
      Path output = dir.resolve("killed-" + attempt + ".trec");
      Process run = batch(output);
      // Wait until results flow, then kill at a random moment while they do.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while ((!Files.exists(output) || Files.size(output) == 0) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(400));
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int killedWith = byNeed(output).size();

      Process again = batch(output);
      assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();

      String log = Files.readString(dir.resolve(output.getFileName() + ".log"));
      assertThat(again.exitValue()).as(log).isZero();
      assertThat(byNeed(output))
          .as("after a kill with %d needs written", killedWith)
          .isEqualTo(expected);
    }
  }
}
