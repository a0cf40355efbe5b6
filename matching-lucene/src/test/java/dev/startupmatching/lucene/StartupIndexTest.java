package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Places;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupIndexTest {
  @TempDir Path dir;

  private static Startup startup(String id, String description) {
    return Startup.builder(id, "Name " + id).description(description).build();
  }

  @Test
  void anIndexOnDiskReopensWithWhatWasCommitted() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir)) {
      index.upsertAll(List.of(startup("a", "hydrogen trucks"), startup("b", "battery recycling")));
      index.commit();
    }

    try (StartupIndex reopened = StartupIndex.open(dir);
        StartupMatcher matcher = Matching.builder().index(reopened).build()) {
      assertThat(reopened.size()).isEqualTo(2);
      List<Match> matches = matcher.match(Need.builder("n", "battery").build());
      assertThat(matches)
          .extracting(m -> m.startup())
          .containsExactly(startup("b", "battery recycling"));
    }
  }

  @Test
  void aCommitMakesChangesVisibleToSearches() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir)) {
      index.upsertAll(List.of(startup("a", "hydrogen trucks"), startup("b", "battery recycling")));

      index.commit();

      try (StartupMatcher matcher = Matching.builder().index(index).build()) {
        assertThat(matcher.size()).isEqualTo(2);
        assertThat(matcher.match(Need.builder("n", "battery").build())).hasSize(1);
      }
    }
  }

  @Test
  void upsertReplacesAndDeleteRemovesAfterRefresh() throws Exception {
    try (StartupIndex index = StartupIndex.inMemory();
        StartupMatcher matcher = Matching.builder().index(index).build()) {
      index.upsert(startup("a", "hydrogen trucks"));
      index.refresh();
      assertThat(matcher.match(Need.builder("n", "hydrogen").build())).hasSize(1);

      index.upsert(startup("a", "solar roofs"));
      index.refresh();
      assertThat(index.size()).isEqualTo(1);
      assertThat(matcher.match(Need.builder("n", "hydrogen").build())).isEmpty();
      assertThat(matcher.match(Need.builder("n", "solar").build())).hasSize(1);

      index.delete("a");
      index.refresh();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void changesBecomeVisibleWithinASecondWithoutARefresh() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir);
        StartupMatcher matcher = Matching.builder().index(index).build()) {
      index.upsert(startup("a", "hydrogen trucks"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      while (matcher.match(Need.builder("n", "hydrogen").build()).isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(matcher.match(Need.builder("n", "hydrogen").build())).hasSize(1);
      assertThat(index.get("a")).contains(startup("a", "hydrogen trucks"));
    }
  }

  @Test
  void aNewIndexIsCommittedEmptyAndCheckedIntact() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir)) {
      assertThat(StartupIndex.check(dir).clean()).isTrue();
      index.upsert(startup("a", "hydrogen trucks"));
      index.commit();
    }

    IndexCheck check = StartupIndex.check(dir);

    assertThat(check.clean()).isTrue();
    assertThat(check.startups()).isEqualTo(1);
    assertThat(check.metadata())
        .containsEntry("schemaVersion", "7")
        .containsEntry("analysisVersion", LanguageAnalysis.VERSION)
        .containsEntry("placesVersion", Places.version())
        .containsEntry("embeddingModel", "none")
        .containsKeys("taxonomyVersion", "scoringModel");
  }

  @Test
  void anIndexAnalysedByAnotherVersionIsRefusedWithTheReason() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir)) {
      index.upsert(startup("a", "hydrogen trucks"));
      index.commit();
    }
    // Rewrite the last commit's metadata as an older version would have written it.
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Map<String, String> data =
          new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
      data.put("analysisVersion", "analysis 0, lucene 9.0.0");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }

    assertThatThrownBy(() -> StartupIndex.open(dir))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.INCOMPATIBLE))
        .hasMessageContaining("was analysed with analysis 0, lucene 9.0.0")
        .hasMessageContaining("rebuild the index");
  }

  @Test
  void anIndexWhoseLocationsWereResolvedWithOtherPlaceDataIsRefused() throws Exception {
    try (StartupIndex index = StartupIndex.open(dir)) {
      index.upsert(startup("a", "hydrogen trucks"));
      index.commit();
    }
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Map<String, String> data =
          new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
      data.put("placesVersion", "0-cldr40.0-000000000000");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }

    assertThatThrownBy(() -> StartupIndex.open(dir))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("resolved locations with place data 0-cldr40.0-000000000000")
        .hasMessageContaining("rebuild the index");
  }

  @Test
  void searchesRunConcurrentlyWithUpdates() throws Exception {
    try (StartupIndex index = StartupIndex.inMemory();
        StartupMatcher matcher = Matching.builder().index(index).build()) {
      index.upsert(startup("seed", "electric mobility charging"));
      index.refresh();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<Integer>> searches = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        searches.add(
            pool.submit(
                () -> {
                  int rounds = 0;
                  while (writing.get() || rounds == 0) {
                    List<Match> matches =
                        matcher.match(Need.builder("n", "charging").build(), MatchOptions.top(50));
                    assertThat(matches).isNotEmpty();
                    assertThat(matches.get(0).rank()).isEqualTo(1);
                    rounds++;
                  }
                  return rounds;
                }));
      }
      for (int i = 0; i < 500; i++) {
        index.upsert(startup("s" + i, "charging stations number " + i));
        if (i % 50 == 0) {
          index.refresh();
        }
      }
      index.refresh();
      writing.set(false);
      for (Future<Integer> search : searches) {
        assertThat(search.get(30, TimeUnit.SECONDS)).isPositive();
      }
      pool.shutdown();
      assertThat(index.size()).isEqualTo(501);
    }
  }
}
