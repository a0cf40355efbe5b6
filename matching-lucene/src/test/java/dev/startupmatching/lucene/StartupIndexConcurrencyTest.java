package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search one index on disk while a writer upserts, deletes, refreshes and commits.
 * Every result must be a state the writer made: each startup exactly as one of the versions written
 * for its id, never older than what the last finished refresh showed, never one not yet written.
 *
 * <p>Runs for {@code -Dstartupmatching.concurrencySeconds} seconds, 30 by default.
 */
class StartupIndexConcurrencyTest {
  private static final Duration DURATION =
      Duration.ofSeconds(Long.getLong("startupmatching.concurrencySeconds", 30));

  private static final int SEARCHERS = 8;
  private static final int IDS = 200;
  private static final List<String> WORDS =
      List.of(
          "lidar",
          "radar",
          "battery",
          "charging",
          "hydrogen",
          "fleet",
          "robot",
          "paint",
          "camera",
          "recycling",
          "software",
          "sensor",
          "simulation",
          "maps",
          "logistics",
          "welding");

  @TempDir Path dir;

  /** One change the writer made: a version of a startup, or its deletion (startup null). */
  private record Event(long seq, Startup startup) {}

  /** What the writer did, in order; read by the searchers while it grows. */
  private static final class History {
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, List<Event>> byId = new ConcurrentHashMap<>();

    /** Every change up to this sequence number is visible to searches that start now. */
    private final AtomicLong refreshed = new AtomicLong();

    /** Records a change before it is made, so that a search that sees it finds it recorded. */
    void record(String id, Startup startup) {
      byId.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
          .add(new Event(seq.incrementAndGet(), startup));
    }

    /**
     * Checks that a startup a search returned is a version written for its id before the search
     * ended ({@code end}) and not replaced or deleted by a change that a finished refresh had shown
     * before the search started ({@code start}).
     */
    void checkSeen(Startup seen, long start, long end) {
      List<Event> events = byId.get(seen.id());
      assertThat(events).as("startup %s was never written", seen.id()).isNotNull();
      Event written = null;
      for (Event event : events) {
        if (event.startup() != null && event.startup().equals(seen)) {
          written = event;
        }
      }
      assertThat(written).as("no version of %s is %s", seen.id(), seen).isNotNull();
      assertThat(written.seq())
          .as("%s was seen before it was written", seen)
          .isLessThanOrEqualTo(end);
      for (Event event : events) {
        if (event.seq() > written.seq() && event.seq() <= start) {
          throw new AssertionError(
              seen
                  + " was seen after a refresh that showed "
                  + (event.startup() == null ? "its deletion" : event.startup()));
        }
      }
    }
  }

  private static Startup version(String id, long version, Random random) {
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      description.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
    }
    return Startup.builder(id, "Startup " + id + " v" + version)
        .description(description.append("version ").append(version).toString())
        .teamSize((int) version)
        .build();
  }

  @Test
  void searchesSeeOnlyStatesTheWriterMade() throws Exception {
    History history = new History();
    Map<String, Startup> live = new HashMap<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong searches = new AtomicLong();
    AtomicLong seenStartups = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
    long version = 0;
    long writes = 0;
    long commits = 0;

    try (StartupIndex index = StartupIndex.open(dir);
        StartupMatcher matcher = Matching.builder().index(index).build()) {
      Random random = new Random(42);
      for (int i = 0; i < IDS / 2; i++) {
        String id = "s" + i;
        Startup startup = version(id, ++version, random);
        history.record(id, startup);
        index.upsert(startup);
        live.put(id, startup);
      }
      long beforeRefresh = history.seq.get();
      index.refresh();
      history.refreshed.set(beforeRefresh);

      List<Future<?>> searchers = new ArrayList<>();
      for (int t = 0; t < SEARCHERS; t++) {
        long seed = t;
        searchers.add(
            pool.submit(
                () -> {
                  Random own = new Random(seed);
                  while (writing.get()) {
                    String text =
                        WORDS.get(own.nextInt(WORDS.size()))
                            + " "
                            + WORDS.get(own.nextInt(WORDS.size()));
                    MatchOptions options =
                        MatchOptions.builder()
                            .topK(1 + own.nextInt(30))
                            .explain(own.nextInt(4) == 0)
                            .build();
                    long start = history.refreshed.get();
                    List<Match> matches = matcher.match(Need.builder("n", text).build(), options);
                    long end = history.seq.get();
                    assertThat(matches.size()).isLessThanOrEqualTo(options.topK());
                    for (int i = 0; i < matches.size(); i++) {
                      Match match = matches.get(i);
                      assertThat(match.rank()).isEqualTo(i + 1);
                      assertThat(match.score()).isFinite();
                      if (i > 0) {
                        assertThat(match.score()).isLessThanOrEqualTo(matches.get(i - 1).score());
                      }
                      history.checkSeen(match.startup(), start, end);
                    }
                    assertThat(matches.stream().map(m -> m.startup().id()).distinct())
                        .hasSameSizeAs(matches);
                    searches.incrementAndGet();
                    seenStartups.addAndGet(matches.size());
                  }
                  return null;
                }));
      }

      long deadline = System.nanoTime() + DURATION.toNanos();
      try {
        while (System.nanoTime() < deadline && searchers.stream().noneMatch(Future::isDone)) {
          String id = "s" + random.nextInt(IDS);
          if (random.nextInt(5) == 0) {
            history.record(id, null);
            index.delete(id);
            live.remove(id);
          } else {
            Startup startup = version(id, ++version, random);
            history.record(id, startup);
            index.upsert(startup);
            live.put(id, startup);
          }
          writes++;
          if (writes % 20 == 0) {
            long applied = history.seq.get();
            index.refresh();
            history.refreshed.set(applied);
          }
          if (writes % 500 == 0) {
            index.commit();
            commits++;
          }
        }
      } finally {
        writing.set(false);
      }
      for (Future<?> searcher : searchers) {
        searcher.get(60, TimeUnit.SECONDS); // rethrows any searcher's failure
      }
      index.refresh();
      assertThat(index.size()).isEqualTo(live.size());
    } finally {
      pool.shutdownNow();
    }

    assertThat(searches.get()).isGreaterThan(SEARCHERS);
    assertThat(seenStartups.get()).isPositive();
    assertThat(writes).isGreaterThan(20);

    // Closing committed the last changes: the reopened index holds exactly the final versions.
    try (StartupIndex reopened = StartupIndex.open(dir);
        StartupMatcher matcher = Matching.builder().index(reopened).build()) {
      assertThat(reopened.size()).isEqualTo(live.size());
      List<Match> all =
          matcher.match(
              Need.builder("all", "version " + String.join(" ", WORDS)).build(),
              MatchOptions.builder().topK(IDS).explain(false).build());
      assertThat(all.stream().collect(Collectors.toMap(m -> m.startup().id(), Match::startup)))
          .isEqualTo(live);
    }
    System.out.printf(
        "%d searches saw %d startups during %d writes and %d commits%n",
        searches.get(), seenStartups.get(), writes, commits);
  }
}
