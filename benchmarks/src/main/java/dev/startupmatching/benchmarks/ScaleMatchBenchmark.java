package dev.startupmatching.benchmarks;

import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One need's match, end to end through the public API, against a generated corpus indexed on disk:
 * 100,000 startups by default, {@code -p docs=1000000} for a million (indexing it takes minutes
 * before the first iteration, and the fork's heap is 4 GB). 200 generated needs are matched in turn
 * with the default model, top 20 with explanations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "--add-modules",
      "jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED",
      "-Xmx4g"
    })
public class ScaleMatchBenchmark {
  private static final int NEEDS = 200;
  private static final MatchOptions TOP_20 = MatchOptions.builder().topK(20).explain(true).build();

  /** Startups in the index. */
  @Param({"100000"})
  public int docs;

  private Path directory;
  private StartupIndex index;
  private StartupMatcher matcher;
  private List<Need> needs;
  private int next;

  /** Generates and indexes the corpus on disk. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    CorpusGenerator corpus = CorpusGenerator.withSeed(42);
    directory = Files.createTempDirectory("startup-jmh-");
    index = StartupIndex.open(directory);
    index.upsertAll(() -> corpus.startups(docs).iterator());
    index.commit();
    index.refresh();
    matcher = Matching.builder().index(index).build();
    needs = corpus.needs(NEEDS).toList();
  }

  /** Closes the index and deletes it. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    matcher.close();
    index.close();
    TemporaryDirectories.delete(directory);
  }

  /** The next need's top 20 with explanations. */
  @Benchmark
  public List<Match> top20Explained() {
    Need need = needs.get(next);
    next = (next + 1) % NEEDS;
    return matcher.match(need, TOP_20);
  }
}
