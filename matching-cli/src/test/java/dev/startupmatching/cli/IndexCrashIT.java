package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code bin/startup-match index} with SIGKILL at random moments, again and again on the same
 * index, and checks after each kill that the index passes {@code check} and holds every startup the
 * indexer had reported committed, intact.
 */
class IndexCrashIT {
  private static final int KILLS = 20;
  private static final int COPIES = 25;
  private static final int COMMIT_EVERY = 250;

  @TempDir Path dir;

  private static Process launch(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "bin", "startup-match").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void aKilledIndexerNeverLosesACommittedStartupNorLeavesABrokenIndex() throws Exception {
    List<Startup> startups = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      for (Startup startup : SampleData.startups()) {
        startups.add(startup.toBuilder().id(startup.id() + "-" + copy).build());
      }
    }
    Path file = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(file, startups);
    Path index = dir.resolve("index");
    Random random = new Random(20261129);
    int killedMidway = 0;

    for (int kill = 1; kill <= KILLS; kill++) {
      Process indexer =
          launch(
              "index",
              "--startups",
              file.toString(),
              "--index",
              index.toString(),
              "--commit-every",
              Integer.toString(COMMIT_EVERY));
      AtomicLong committed = new AtomicLong();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(indexer.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("committed ")) {
                      committed.set(Long.parseLong(line.substring("committed ".length())));
                    }
                  }
                } catch (Exception e) {
                  // The stream ends with the kill.
                }
              });
      reader.start();
      // Once indexing is under way, at a random moment, often during a commit.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (committed.get() == 0 && indexer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(1_500));
      indexer.destroyForcibly();
      assertThat(indexer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      long reported = committed.get();
      if (reported > 0 && reported < startups.size()) {
        killedMidway++;
      }

      Process check = launch("check", "--index", index.toString());
      String checkOutput =
          new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(check.exitValue()).as("check after kill %d: %s", kill, checkOutput).isZero();

      try (StartupIndex reopened = StartupIndex.open(index)) {
        for (int i = 0; i < reported; i++) {
          Startup expected = startups.get(i);
          assertThat(reopened.get(expected.id()))
              .as("kill %d, %d reported committed: startup %d", kill, reported, i)
              .contains(expected);
        }
      }
    }
    assertThat(killedMidway)
        .as("kills that came after a commit and before the end, out of %d", KILLS)
        .isGreaterThanOrEqualTo(KILLS * 3 / 4);
  }
}
