package dev.startupmatching.benchmarks;

import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
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
 * Latency of one need's match through the public API: query building, BM25 retrieval with filters,
 * loading the startups and, when asked, explaining each match term by term.
 *
 * <p>The corpus is a JSON Lines file of startups given by {@code -p startups=FILE} (for example the
 * text-only Y Combinator profiles that {@code eval/dev-needs.sh} writes); the default is the
 * built-in example. The needs, matched in turn, come from {@code -p needs=FILE} or the example.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class MatchBenchmark {
  /** A JSON Lines file of startups, or empty for the built-in example. */
  @Param({""})
  public String startups;

  /** A JSON Lines file of needs, or empty for the built-in example. */
  @Param({""})
  public String needs;

  private StartupMatcher matcher;
  private List<Need> needList;
  private int next;

  /** Indexes the corpus in memory once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Startup> corpus =
        startups.isEmpty()
            ? SampleData.startups()
            : JsonLinesReader.startups().readAll(Path.of(startups));
    matcher = Matching.builder().startups(corpus).build();
    needList =
        needs.isEmpty() ? SampleData.needs() : JsonLinesReader.needs().readAll(Path.of(needs));
  }

  /** Releases the index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    matcher.close();
  }

  private Need nextNeed() {
    Need need = needList.get(next);
    next = (next + 1) % needList.size();
    return need;
  }

  /** The top 10 with explanations, as a portal shows them. */
  @Benchmark
  public List<Match> top10Explained() {
    return matcher.match(nextNeed(), MatchOptions.top(10));
  }

  /** The top 100 without explanations, as a batch run file needs them. */
  @Benchmark
  public List<Match> top100Plain() {
    return matcher.match(nextNeed(), MatchOptions.builder().topK(100).explain(false).build());
  }
}
