package dev.startupmatching.benchmarks;

import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a need's query. The query builder is internal to the library, so it is measured through
 * the public API: a match with a region filter that no startup passes, so that every search ends at
 * once and what remains is analysing the need, tagging its areas, looking up translations and term
 * statistics, and building every clause. {@code defaultModel} builds the default model's query
 * (words over three fields, areas, area names and translations in every profile language; its
 * feedback and re-ranking find no candidates), {@code flatBm25Model} the {@code bm25} model's bag
 * of words. The 1,000 generated startups are indexed in memory; 256 generated needs are built in
 * turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class QueryBuildingBenchmark {
  private static final int STARTUPS = 1_000;
  private static final int NEEDS = 256;

  /** Generated startups all state a country, so none is in this region. */
  private static final MatchOptions NOTHING_PASSES =
      MatchOptions.builder()
          .topK(10)
          .explain(false)
          .filter(Constraints.builder().regions(List.of("Atlantis")).build())
          .build();

  private StartupIndex index;
  private StartupMatcher defaultModel;
  private StartupMatcher flatBm25Model;
  private List<Need> needs;
  private int next;

  /** Indexes the startups and generates the needs. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    CorpusGenerator corpus = CorpusGenerator.withSeed(42);
    index = StartupIndex.inMemory();
    index.upsertAll(corpus.startups(STARTUPS).toList());
    index.refresh();
    defaultModel = Matching.builder().index(index).build();
    flatBm25Model = Matching.builder().index(index).model(RankingModel.BM25).build();
    needs = corpus.needs(NEEDS).toList();
  }

  /** Releases the index. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  private Need nextNeed() {
    Need need = needs.get(next);
    next = (next + 1) % NEEDS;
    return need;
  }

  /** Builds the default model's query for the next need. */
  @Benchmark
  public List<Match> defaultModel() {
    return defaultModel.match(nextNeed(), NOTHING_PASSES);
  }

  /** Builds the flat BM25 model's query for the next need. */
  @Benchmark
  public List<Match> flatBm25Model() {
    return flatBm25Model.match(nextNeed(), NOTHING_PASSES);
  }
}
