package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code match --index} processes search an index again and again while an {@code index}
 * process adds to it: all of them finish, and every search sees a state the indexer committed.
 *
 * <p>Each new startup holds a word no other holds, and the indexer commits them in file order every
 * {@value #COMMIT_EVERY}, so a committed state shows as the first k × {@value #COMMIT_EVERY} of
 * them (or all). Each reader asks for that word several times in one run, each time as its own
 * need, and every need's result must be such a prefix.
 */
class ConcurrentReadersIT {
  private static final int NEW_STARTUPS = 9_000;
  private static final int COMMIT_EVERY = 300;
  private static final int NEEDS_PER_RUN = 8;
  private static final String WORD = "zyxoquant";

  @TempDir Path dir;

  private static Process launch(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "bin", "startup-match").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(log.toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(Path.of(log + ".err").toFile()))
        .start();
  }

  private static Startup startup(String id, String description) {
    return Startup.builder(id, "Startup " + id).description(description).build();
  }

  @Test
  void readersSeeOnlyCommittedStatesWhileTheIndexerWrites() throws Exception {
    List<Startup> seed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      seed.add(startup("seed-" + i, "battery recycling for electric vehicles, plant " + i));
    }
    List<String> newIds = new ArrayList<>();
    List<Startup> added = new ArrayList<>();
    for (int i = 0; i < NEW_STARTUPS; i++) {
      String id = String.format("new-%05d", i);
      newIds.add(id);
      added.add(startup(id, WORD + " sensor modules for vehicles, series " + i));
    }
    Path seedFile = dir.resolve("seed.jsonl");
    JsonLinesWriter.writeStartups(seedFile, seed);
    Path addedFile = dir.resolve("added.jsonl");
    JsonLinesWriter.writeStartups(addedFile, added);
    List<Need> needs = new ArrayList<>();
    for (int i = 0; i < NEEDS_PER_RUN; i++) {
      needs.add(Need.builder("n" + i, WORD + " sensor modules").build());
    }
    Path needsFile = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(needsFile, needs);
    Path index = dir.resolve("index");
    assertThat(
            CliRun.of("index", "--startups", seedFile.toString(), "--index", index.toString())
                .exitCode())
        .isZero();

    Process indexer =
        launch(
            dir.resolve("indexer.out"),
            "index",
            "--startups",
            addedFile.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            Integer.toString(COMMIT_EVERY));
    List<CompletableFuture<List<ReaderRun>>> readers = new ArrayList<>();
    for (int reader = 0; reader < 2; reader++) {
      int r = reader;
      readers.add(CompletableFuture.supplyAsync(() -> readUntilDone(r, indexer, index, needsFile)));
    }
    assertThat(indexer.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(indexer.exitValue()).as(Files.readString(dir.resolve("indexer.out.err"))).isZero();

    Set<Integer> allowed = new TreeSet<>();
    for (int k = 0; k * COMMIT_EVERY <= NEW_STARTUPS; k++) {
      allowed.add(k * COMMIT_EVERY);
    }
    allowed.add(NEW_STARTUPS);
    Set<Integer> seen = new TreeSet<>();
    int runs = 0;
    int duringIndexing = 0;
    for (CompletableFuture<List<ReaderRun>> reader : readers) {
      for (ReaderRun readerRun : reader.get(5, TimeUnit.MINUTES)) {
        runs++;
        if (readerRun.duringIndexing()) {
          duringIndexing++;
        }
        Path run = readerRun.results();
        for (Map.Entry<String, List<String>> need : byNeed(run).entrySet()) {
          List<String> ids = need.getValue();
          assertThat(allowed)
              .as("%s %s saw %d startups", run, need.getKey(), ids.size())
              .contains(ids.size());
          assertThat(new HashSet<>(ids))
              .as("%s %s", run, need.getKey())
              .isEqualTo(new HashSet<>(newIds.subList(0, ids.size())));
          seen.add(ids.size());
        }
      }
    }
    assertThat(duringIndexing)
        .as(
            "of %d reader runs, those that began after the first commit and ended before the"
                + " indexer did",
            runs)
        .isPositive();
    try (StartupIndex reopened = StartupIndex.openReadOnly(index)) {
      assertThat(reopened.size()).isEqualTo(seed.size() + NEW_STARTUPS);
    }
    System.out.printf(
        "%d reader runs, %d of them while the indexer committed, saw committed states of %s new"
            + " startups%n",
        runs, duringIndexing, seen);
  }

  /**
   * One run of a reader: its results, and whether it began after the indexer's first commit and
   * ended before the indexer did, so that its searches ran while the indexer was committing.
   */
  private record ReaderRun(Path results, boolean duringIndexing) {}

  /**
   * Runs {@code match} on the index again and again until the indexer has finished and one more run
   * after it. Every run must exit 0.
   */
  private List<ReaderRun> readUntilDone(int reader, Process indexer, Path index, Path needs) {
    List<ReaderRun> runs = new ArrayList<>();
    Path indexerOutput = dir.resolve("indexer.out");
    try {
      boolean last = false;
      while (!last) {
        last = !indexer.isAlive();
        boolean afterFirstCommit = Files.readString(indexerOutput).contains("committed");
        Path run = dir.resolve("reader-" + reader + "-" + runs.size() + ".trec");
        Process match =
            launch(
                dir.resolve("reader-" + reader + "-" + runs.size() + ".out"),
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
                Integer.toString(NEW_STARTUPS + 100),
                "--output",
                run.toString());
        assertThat(match.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(match.exitValue()).as("reader %d run %d", reader, runs.size()).isZero();
        runs.add(new ReaderRun(run, afterFirstCommit && indexer.isAlive()));
      }
      return runs;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
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
