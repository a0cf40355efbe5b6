package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code match --index} processes search an index at the same time while an {@code index}
 * process is writing to it: all finish, and every search sees exactly the indexer's last commit.
 *
 * <p>The indexer reads its startups from a named pipe that the test feeds, so the test decides when
 * the indexer has committed and holds startups it has not committed yet: each round feeds {@value
 * #ROUND} startups, one and a half commits' worth, waits for the commit, and runs both readers
 * together while the indexer waits for more. A last round feeds startups while the readers run, so
 * that the indexer writes and commits during their searches; each of those sees one of the commits.
 * Each new startup holds a word no other holds, so a search for it finds exactly the new startups
 * the readers can see.
 */
class ConcurrentReadersIT {
  private static final int COMMIT_EVERY = 200;
  private static final int ROUND = 300;
  private static final int ROUNDS = 4;
  private static final String WORD = "zyxoquant";

  @TempDir Path dir;

  private static Process launch(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "bin", "startup-match").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(log.toFile())
        .redirectError(Path.of(log + ".err").toFile())
        .start();
  }

  private static Startup startup(String id, String description) {
    return Startup.builder(id, "Startup " + id).description(description).build();
  }

  private static String newId(int i) {
    return String.format("new-%05d", i);
  }

  @Test
  void readersSeeExactlyTheLastCommitWhileTheIndexerWrites() throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", feed.toString()).start();
    Assumptions.assumeTrue(
        mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "skipped: needs mkfifo to feed the indexer through a named pipe");
    List<Startup> seed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      seed.add(startup("seed-" + i, "battery recycling for electric vehicles, plant " + i));
    }
    Path seedFile = dir.resolve("seed.jsonl");
    JsonLinesWriter.writeStartups(seedFile, seed);
    Path needsFile = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(
        needsFile,
        List.of(
            Need.builder("n1", WORD + " sensor modules").build(),
            Need.builder("n2", WORD).build()));
    Path index = dir.resolve("index");
    assertThat(
            CliRun.of("index", "--startups", seedFile.toString(), "--index", index.toString())
                .exitCode())
        .isZero();

    Path indexerLog = dir.resolve("indexer.out");
    Process indexer =
        launch(
            indexerLog,
            "index",
            "--startups",
            feed.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            Integer.toString(COMMIT_EVERY));
    int fed = 0;
    try (OutputStream pipe = Files.newOutputStream(feed)) {
      for (int round = 1; round <= ROUNDS; round++) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ROUND; i++, fed++) {
          lines.append(line(fed));
        }
        pipe.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        pipe.flush();
        int committed = fed / COMMIT_EVERY * COMMIT_EVERY;
        awaitCommit(indexer, indexerLog, committed);

        // The indexer is alive, holds fed - committed startups it has not committed, and waits.
        assertThat(indexer.isAlive()).isTrue();
        Readers readers = startReaders("round-" + round, index, needsFile);
        readers.assertEachSaw(count -> count == committed);
      }
      int before = fed / COMMIT_EVERY * COMMIT_EVERY;
      Readers during = startReaders("during", index, needsFile);
      for (int chunk = 0; chunk < 12; chunk++) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++, fed++) {
          lines.append(line(fed));
        }
        pipe.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        pipe.flush();
        Thread.sleep(100);
      }
      int total = fed;
      during.assertEachSaw(
          count -> count == total || (count >= before && count % COMMIT_EVERY == 0));
    }
    assertThat(indexer.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(indexer.exitValue()).as(Files.readString(Path.of(indexerLog + ".err"))).isZero();
    int all = fed;
    startReaders("after", index, needsFile).assertEachSaw(count -> count == all);
    try (StartupIndex reopened = StartupIndex.openReadOnly(index)) {
      assertThat(reopened.size()).isEqualTo(seed.size() + fed);
    }
  }

  /** Waits until the indexer has reported the commit of {@code count} startups. */
  private static void awaitCommit(Process indexer, Path log, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!Files.readString(log).lines().anyMatch(l -> l.equals("committed " + count))) {
      assertThat(indexer.isAlive()).as("indexer alive, waiting for committed %d", count).isTrue();
      assertThat(System.nanoTime()).as("committed %d in time", count).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The JSON line of new startup {@code i}. */
  private static String line(int i) {
    return String.format(
        "{\"id\":\"%s\",\"name\":\"Startup %d\",\"description\":\"%s sensor modules,"
            + " series %d\"}%n",
        newId(i), i, WORD, i);
  }

  /** Two {@code match --index} processes started together, and their results files. */
  private record Readers(String name, List<Process> processes, List<Path> runs) {
    /**
     * Waits for both; each must exit 0, and each need of each must find the first k new startups,
     * for a k that {@code committed} accepts.
     */
    void assertEachSaw(IntPredicate committed) throws Exception {
      for (int reader = 0; reader < processes.size(); reader++) {
        Process process = processes.get(reader);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s reader %d", name, reader).isZero();
        Map<String, List<String>> byNeed = byNeed(runs.get(reader));
        for (String need : List.of("n1", "n2")) {
          List<String> found = byNeed.getOrDefault(need, List.of());
          assertThat(committed.test(found.size()))
              .as("%s reader %d need %s found %d new startups", name, reader, need, found.size())
              .isTrue();
          List<String> prefix = new ArrayList<>();
          for (int i = 0; i < found.size(); i++) {
            prefix.add(newId(i));
          }
          assertThat(found)
              .as("%s reader %d need %s", name, reader, need)
              .containsExactlyInAnyOrderElementsOf(prefix);
        }
      }
    }
  }

  private Readers startReaders(String name, Path index, Path needs) throws IOException {
    List<Process> processes = new ArrayList<>();
    List<Path> runs = new ArrayList<>();
    for (int reader = 0; reader < 2; reader++) {
      Path run = dir.resolve(name + "-reader-" + reader + ".trec");
      runs.add(run);
      processes.add(
          launch(
              dir.resolve(name + "-reader-" + reader + ".out"),
              "match",
              "--index",
              index.toString(),
              "--needs",
              needs.toString(),
              "--model",
              "bm25",
              "--format",
              "trec",
              "--top",
              "10000",
              "--output",
              run.toString()));
    }
    return new Readers(name, processes, runs);
  }

  /** The startup ids of each need of a TREC run file, in rank order. */
  private static Map<String, List<String>> byNeed(Path run) throws IOException {
    Map<String, List<String>> byNeed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(run, StandardCharsets.UTF_8)) {
      String[] fields = line.split(" ");
      byNeed.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[2]);
    }
    return byNeed;
  }
}
