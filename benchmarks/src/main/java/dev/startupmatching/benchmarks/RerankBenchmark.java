package dev.startupmatching.benchmarks;

import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.internal.rank.RankedCandidate;
import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The scoring core alone, without Lucene: the built-in signals computed for each candidate of a
 * need and scored by the default linear model ({@code features}), and the same followed by sorting
 * and keeping the top 20 ({@code rank}). Candidates are generated startups with random retrieval
 * scores and their generated areas; 16 needs are scored in turn. The secondary result {@code
 * candidates} counts candidate scorings per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class RerankBenchmark {
  private static final int NEEDS = 16;

  /** Candidates per need. */
  @Param({"100", "1000"})
  public int candidates;

  private Reranker reranker;
  private final List<NeedAnalysis> needs = new ArrayList<>();
  private final List<List<Candidate>> candidateLists = new ArrayList<>();
  private int next;

  /** Counts candidates scored, reported per second next to the calls. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Scorings {
    /** Candidates scored. */
    public long candidates;
  }

  /** Generates the needs and their candidates. */
  @Setup(Level.Trial)
  public void setUp() {
    reranker =
        Reranker.of(
            Signals.defaults(CorpusGenerator.REFERENCE_YEAR), LinearScoringModel.defaults());
    CorpusGenerator corpus = CorpusGenerator.withSeed(42);
    SplittableRandom random = new SplittableRandom(42);
    for (int n = 0; n < NEEDS; n++) {
      needs.add(NeedAnalysis.of(corpus.need(n), "en", corpus.needAreas(n), Taxonomy.builtIn()));
      double[] scores = random.doubles(candidates, 1, 20).sorted().toArray();
      double best = scores[candidates - 1];
      List<Candidate> list = new ArrayList<>(candidates);
      for (int c = 0; c < candidates; c++) {
        int startup = n * candidates + c;
        double score = scores[candidates - 1 - c];
        list.add(
            Candidate.of(
                corpus.startup(startup),
                score,
                score / best,
                corpus.startupAreas(startup),
                random.nextDouble()));
      }
      candidateLists.add(list);
    }
  }

  private int nextNeed() {
    int need = next;
    next = (next + 1) % NEEDS;
    return need;
  }

  /** Computes and scores every candidate's features, then keeps the best 20. */
  @Benchmark
  public List<RankedCandidate> rank(Scorings scorings) {
    int need = nextNeed();
    scorings.candidates += candidates;
    return reranker.rank(needs.get(need), candidateLists.get(need), 20);
  }

  /** Computes and scores every candidate's features, without sorting. */
  @Benchmark
  public void features(Scorings scorings, Blackhole blackhole) {
    int need = nextNeed();
    scorings.candidates += candidates;
    NeedAnalysis analysis = needs.get(need);
    for (Candidate candidate : candidateLists.get(need)) {
      blackhole.consume(reranker.model().score(reranker.features(analysis, candidate)));
    }
  }
}
