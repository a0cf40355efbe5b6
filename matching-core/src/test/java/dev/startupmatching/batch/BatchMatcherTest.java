package dev.startupmatching.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchMatcherTest {
  private static final String[] WORDS = {
    "battery", "lidar", "charging", "logistics", "paint", "welding", "software", "sensor"
  };

  static List<Startup> startups(int count) {
    List<Startup> startups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String description =
          WORDS[i % WORDS.length] + " " + WORDS[(i * 3 + 1) % WORDS.length] + " platform";
      startups.add(Startup.builder("s" + i, "Startup " + i).description(description).build());
    }
    return startups;
  }

  static List<Need> needs(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                Need.builder("n" + i, WORDS[i % WORDS.length] + " " + WORDS[(i + 5) % WORDS.length])
                    .build())
        .toList();
  }

  @Test
  void everyNeedReachesTheSinkOnceWithTheMatchesOfAMatchOnItsOwn() throws IOException {
    WordOverlapMatcher matcher = new WordOverlapMatcher(startups(40));
    List<Need> needs = needs(30);
    Map<String, List<Match>> sunk = new LinkedHashMap<>();

    BatchSummary summary =
        BatchMatcher.builder(matcher)
            .options(MatchOptions.top(5))
            .threads(3)
            .build()
            .run(needs, (need, matches) -> assertThat(sunk.put(need.id(), matches)).isNull());

    assertThat(sunk).hasSize(30);
    for (Need need : needs) {
      assertThat(sunk.get(need.id())).isEqualTo(matcher.match(need, MatchOptions.top(5)));
    }
    assertThat(summary.matched()).isEqualTo(30);
    assertThat(summary.failed()).isZero();
    assertThat(summary.skipped()).isZero();
    assertThat(summary.matches()).isEqualTo(sunk.values().stream().mapToLong(List::size).sum());
  }

  @Test
  void skippedNeedsAreNeitherMatchedNorSunk() throws IOException {
    WordOverlapMatcher matcher = new WordOverlapMatcher(startups(10));
    List<String> sunk = new ArrayList<>();

    BatchSummary summary =
        BatchMatcher.builder(matcher)
            .skip(Set.of("n0", "n2", "unknown"))
            .build()
            .run(needs(4), (need, matches) -> sunk.add(need.id()));

    assertThat(sunk).containsExactlyInAnyOrder("n1", "n3");
    assertThat(matcher.calls).hasValue(2);
    assertThat(summary.skipped()).isEqualTo(2);
    assertThat(summary.matched()).isEqualTo(2);
  }

  @Test
  void aRejectedNeedIsReportedAndTheOthersGoOn() throws IOException {
    List<Need> needs = new ArrayList<>(needs(5));
    needs.add(2, Need.builder("bad", "please reject this need").build());
    List<String> failed = new ArrayList<>();
    List<BatchProgress> progress = new ArrayList<>();
    List<String> sunk = new ArrayList<>();

    BatchSummary summary =
        BatchMatcher.builder(new WordOverlapMatcher(startups(10)))
            .threads(2)
            .listener(
                new BatchListener() {
                  @Override
                  public void progressed(BatchProgress p) {
                    progress.add(p);
                  }

                  @Override
                  public void failed(Need need, RuntimeException error) {
                    failed.add(need.id() + ": " + error.getMessage());
                  }
                })
            .build()
            .run(needs, (need, matches) -> sunk.add(need.id()));

    assertThat(failed).containsExactly("bad: need bad asks to be rejected");
    assertThat(sunk).hasSize(5).doesNotContain("bad");
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(progress).extracting(BatchProgress::done).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(progress.getLast().failed()).isEqualTo(1);
    assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(6));
    assertThat(progress.getLast().remaining()).hasValueSatisfying(r -> assertThat(r).isZero());
  }

  @Test
  void aFailingSinkStopsTheBatchAndItsErrorIsRethrown() {
    AtomicInteger taken = new AtomicInteger();
    BatchMatcher batch =
        BatchMatcher.builder(new WordOverlapMatcher(startups(10))).threads(2).build();

    assertThatThrownBy(
            () ->
                batch.run(
                    needs(200),
                    (need, matches) -> {
                      if (taken.incrementAndGet() == 3) {
                        throw new IOException("disk full");
                      }
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(taken).hasValue(3);
  }

  @Test
  void neverMatchesMoreNeedsAtOnceThanItHasThreads() throws IOException {
    WordOverlapMatcher matcher = new WordOverlapMatcher(startups(200));

    BatchMatcher.builder(matcher).threads(3).build().run(needs(300), (need, matches) -> {});

    assertThat(matcher.mostRunning.get()).isBetween(1, 3);
  }

  @Test
  void rejectsNeedsThatShareAnId() {
    List<Need> needs =
        List.of(Need.builder("n", "battery").build(), Need.builder("n", "x").build());

    assertThatThrownBy(
            () ->
                BatchMatcher.builder(new WordOverlapMatcher(startups(1)))
                    .build()
                    .run(needs, (need, matches) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need id n occurs more than once");
  }

  @Test
  void whateverTheThreadsAndSkipsEveryOtherNeedIsSunkExactlyOnce() {
    List<Startup> startups = startups(20);
    qt().withExamples(30)
        .forAll(
            integers().between(0, 40),
            integers().between(1, 4),
            lists().of(integers().between(0, 45)).ofSizeBetween(0, 10))
        .checkAssert(
            (count, threads, skipped) -> {
              Set<String> skip = new HashSet<>();
              skipped.forEach(i -> skip.add("n" + i));
              List<String> sunk = new ArrayList<>();
              BatchSummary summary;
              try {
                summary =
                    BatchMatcher.builder(new WordOverlapMatcher(startups))
                        .threads(threads)
                        .skip(skip)
                        .build()
                        .run(needs(count), (need, matches) -> sunk.add(need.id()));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              List<String> expected =
                  needs(count).stream().map(Need::id).filter(id -> !skip.contains(id)).toList();
              assertThat(sunk).containsExactlyInAnyOrderElementsOf(expected);
              assertThat(summary.skipped()).isEqualTo(count - expected.size());
            });
  }
}
