package dev.startupmatching.benchmarks.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.benchmarks.Options;
import dev.startupmatching.benchmarks.TemporaryDirectories;
import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.lucene.IndexException;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * How matching scales with the number of startups: generates a synthetic corpus ({@link
 * CorpusGenerator}), indexes it on disk in a temporary directory with {@link StartupIndex#open},
 * and measures indexing, memory, the latency of one need's match against plain Lucene BM25 on the
 * same index, and the throughput of matching many needs in parallel. Progress goes to standard
 * error; the last line of standard output is one JSON object with the results.
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package && benchmarks/run scale --docs 100000
 * }</pre>
 *
 * <p>The timed loop runs, for each need in turn and in an order that rotates from need to need so
 * that they share the machine's noise: the default model's top 20 with explanations (the measure),
 * plain Lucene BM25's top 100 (the reference), and, to break the match down, the same match without
 * explanations, the same match with a filter no startup passes (building the query alone), the
 * library's flat {@code bm25} model's top 20 (one field, no areas or translations, no re-ranking)
 * and tagging the need's areas alone; and the portal's other queries: the need's facet counts for
 * stage, country and area, and the top 20 startups like one (more like this).
 */
public final class ScaleBenchmark {
  private static final String USAGE =
      "usage: benchmarks/run scale [--docs N] [--needs M] [--seed S] [--queries Q] [--warmup W]\n"
          + "                           [--batch-needs B] [--threads T] [--index-threads I]"
          + " [--profile FILE.jfr]\n"
          + "                           [--index DIR]";

  private static final int TOP_K = 20;

  private static final Set<Facet> FACETS = EnumSet.of(Facet.STAGE, Facet.COUNTRY, Facet.AREA);
  private static final int LUCENE_TOP = 100;

  private static final MatchOptions EXPLAINED =
      MatchOptions.builder().topK(TOP_K).explain(true).build();
  private static final MatchOptions PLAIN =
      MatchOptions.builder().topK(TOP_K).explain(false).build();

  /** Generated startups all state a country, so none is in this region. */
  private static final MatchOptions NOTHING_PASSES =
      MatchOptions.builder()
          .topK(TOP_K)
          .explain(false)
          .filter(Constraints.builder().regions(List.of("Atlantis")).build())
          .build();

  private ScaleBenchmark() {}

  /** One way of answering a need, timed in the loop. */
  private record Variant(String name, IntFunction<Integer> run, Latencies latencies) {}

  /**
   * Runs the benchmark.
   *
   * @param args options: {@code --docs} startups (default 100,000), {@code --needs} distinct needs
   *     timed in turn (200), {@code --seed} (42), {@code --queries} timed rounds (500), {@code
   *     --warmup} untimed rounds first (200), {@code --batch-needs} needs matched in parallel
   *     (2,000), {@code --threads} of that pool (the processors), {@code --index-threads} that
   *     index (1), {@code --profile FILE} to record a flight recording of matches and attribute
   *     their time to phases, {@code --index DIR} to keep the index in DIR, or to reuse the one a
   *     run with the same corpus options left there, so that runs of two versions of the code
   *     compare on the same segments
   */
  public static void main(String[] args) throws Exception {
    Options options =
        Options.parse(
            args,
            Set.of(
                "docs",
                "needs",
                "seed",
                "queries",
                "warmup",
                "batch-needs",
                "threads",
                "index-threads",
                "profile",
                "index"),
            USAGE);
    int docs = options.integer("docs", 100_000, 1);
    int needCount = options.integer("needs", 200, 1);
    long seed = options.number("seed", 42);
    int queries = options.integer("queries", 500, 1);
    int warmup = options.integer("warmup", 200, 0);
    int batchNeeds = options.integer("batch-needs", 2_000, 0);
    int threads = options.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    int indexThreads = options.integer("index-threads", 1, 1);
    String profile = options.string("profile", null);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("docs", docs);
    HeapSampler heap = HeapSampler.start();
    CorpusGenerator corpus = CorpusGenerator.withSeed(seed);
    List<Need> needs = corpus.needs(Math.max(needCount, batchNeeds)).toList();
    String kept = options.string("index", null);
    Path dir = kept == null ? Files.createTempDirectory("startup-scale-") : Path.of(kept);
    // Beside the kept index, what corpus it holds, so that a run with other options never reuses
    // it.
    Path corpusFile = dir.resolveSibling(dir.getFileName() + ".corpus");
    String corpusKey = "docs=" + docs + " seed=" + seed;
    boolean reuse = kept != null && Files.exists(corpusFile) && Files.isDirectory(dir);
    if (reuse && !Files.readString(corpusFile).strip().equals(corpusKey)) {
      options.fail(
          "--index "
              + dir
              + " holds another corpus ("
              + Files.readString(corpusFile).strip()
              + "); remove it and "
              + corpusFile
              + ", or name another directory");
    }
    if (kept != null && !reuse && Files.exists(dir)) {
      options.fail(
          "--index "
              + dir
              + " exists but was not written by this benchmark; name another directory");
    }
    log(
        "java %s, %d processors, max heap %d MB; index in %s",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        dir);
    try (StartupIndex index = StartupIndex.open(dir)) {
      if (reuse) {
        if (index.size() != docs) {
          options.fail(
              "--index "
                  + dir
                  + " holds "
                  + index.size()
                  + " startups, not "
                  + docs
                  + "; remove it and "
                  + corpusFile);
        }
        log("reusing the index of %s in %s", corpusKey, dir);
        result.put("indexReused", true);
      } else {
        index(index, corpus, docs, indexThreads, result);
        if (kept != null) {
          Files.writeString(corpusFile, corpusKey + "\n");
        }
      }
      result.put("indexMb", round(directorySize(dir) / 1e6, 1));
      result.put("heapMb", heap.usedAfterGc());

      try (StartupMatcher matcher = Matching.builder().index(index).build();
          StartupMatcher bm25Model =
              Matching.builder().index(index).model(RankingModel.BM25).build();
          PlainBm25 lucene = new PlainBm25(dir)) {
        result.put("segments", lucene.segments());
        ConceptTagger tagger = ConceptTagger.of(index.taxonomy());
        List<Need> timed = needs.subList(0, needCount);
        List<Variant> variants =
            List.of(
                variant(
                    "defaultTop20Explained", i -> matcher.match(timed.get(i), EXPLAINED).size()),
                variant(
                    "luceneBm25Top100",
                    i -> lucene.search(timed.get(i).text(), LUCENE_TOP).scoreDocs.length),
                variant("defaultTop20", i -> matcher.match(timed.get(i), PLAIN).size()),
                variant("defaultQueryOnly", i -> queryOnly(matcher, timed.get(i))),
                variant("flatBm25ModelTop20", i -> bm25Model.match(timed.get(i), PLAIN).size()),
                variant("tagNeed", i -> tagger.tag(timed.get(i).text()).size()),
                variant(
                    "facetsStageCountryArea",
                    i -> (int) matcher.facets(timed.get(i), PLAIN, FACETS).total()),
                variant(
                    "similarTop20",
                    i ->
                        matcher
                            .similarTo(CorpusGenerator.startupId(i * 7919 % docs), PLAIN)
                            .size()));
        log("warm-up: %d rounds", warmup);
        rounds(variants, warmup, timed.size());
        variants.forEach(v -> v.latencies().clear());
        log("timed: %d rounds of %d variants", queries, variants.size());
        long found = rounds(variants, queries, timed.size());
        Latencies match = variants.get(0).latencies();
        Latencies plain = variants.get(1).latencies();
        result.put("needs", needCount);
        result.put("queries", queries);
        result.put("p50Ms", round(match.percentile(0.5), 2));
        result.put("p99Ms", round(match.percentile(0.99), 2));
        result.put("luceneP50Ms", round(plain.percentile(0.5), 3));
        result.put("luceneP99Ms", round(plain.percentile(0.99), 3));
        result.put("ratio", round(match.percentile(0.5) / plain.percentile(0.5), 1));
        Map<String, Object> stages = new LinkedHashMap<>();
        variants.forEach(v -> stages.put(v.name(), round(v.latencies().percentile(0.5), 3)));
        result.put("stageP50Ms", stages);
        log("timed rounds found %d results; medians %s", found, stages);

        if (batchNeeds > 0) {
          log("batch: %d needs on %d threads", batchNeeds, threads);
          long start = System.nanoTime();
          long matches = Batch.matchAll(matcher, needs.subList(0, batchNeeds), PLAIN, threads);
          double seconds = (System.nanoTime() - start) / 1e9;
          result.put("batchNeeds", batchNeeds);
          result.put("batchThreads", threads);
          result.put("batchNeedsPerSec", round(batchNeeds / seconds, 1));
          log("batch: %d matches in %.1f s", matches, seconds);
        } else {
          result.put("batchNeedsPerSec", null);
        }

        if (profile != null) {
          int rounds = Math.max(queries, 200);
          log("profile: %d matches recorded to %s", rounds, profile);
          MatchProfile.Phases phases =
              MatchProfile.record(
                  Path.of(profile),
                  () -> {
                    for (int i = 0; i < rounds; i++) {
                      matcher.match(timed.get(i % timed.size()), EXPLAINED);
                    }
                  });
          result.put("profileSamples", phases.samples());
          result.put("profilePhases", phases.shares());
          result.put("profileHotMethods", phases.hotMethods());
        }
      }
    } catch (IndexException e) {
      options.fail("--index " + dir + ": " + e.getMessage());
    } finally {
      if (kept == null) {
        TemporaryDirectories.delete(dir);
      }
    }
    result.put("heapPeakMb", heap.stop());
    result.put("seed", seed);
    result.put("java", Runtime.version().toString());
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  /**
   * The default model's match of a need with a filter no startup passes: the need's query is built
   * in full (analysis, areas, translations, term statistics) and every search ends at once.
   */
  private static int queryOnly(StartupMatcher matcher, Need need) {
    int found = matcher.match(need, NOTHING_PASSES).size();
    if (found != 0) {
      throw new IllegalStateException("a startup passed the region filter " + NOTHING_PASSES);
    }
    return found;
  }

  private static Variant variant(String name, IntFunction<Integer> run) {
    return new Variant(name, run, new Latencies());
  }

  /**
   * Runs {@code rounds} rounds: round {@code r} answers need {@code r % needs} with every variant,
   * starting with variant {@code r % variants}, so that no variant always runs first.
   */
  private static long rounds(List<Variant> variants, int rounds, int needs) {
    long found = 0;
    long lastLog = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        Variant variant = variants.get((r + v) % variants.size());
        long start = System.nanoTime();
        found += variant.run().apply(r % needs);
        variant.latencies().since(start);
      }
      if (System.nanoTime() - lastLog > 10e9) {
        log("  round %d of %d", r + 1, rounds);
        lastLog = System.nanoTime();
      }
    }
    return found;
  }

  /**
   * Indexes the corpus and records the rates. Generation runs in the indexing threads; its time is
   * measured and taken out, so that {@code indexDocsPerSec} is the index's rate (tagging, analysis,
   * writing, merging and the final commit).
   */
  private static void index(
      StartupIndex index, CorpusGenerator corpus, int docs, int threads, Map<String, Object> result)
      throws Exception {
    AtomicLong generatingNanos = new AtomicLong();
    AtomicLong generated = new AtomicLong();
    long start = System.nanoTime();
    Thread progress =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (true) {
                      Thread.sleep(10_000);
                      double seconds = (System.nanoTime() - start) / 1e9;
                      log(
                          "  indexed %,d of %,d (%.0f docs/s)",
                          generated.get(), docs, generated.get() / seconds);
                    }
                  } catch (InterruptedException e) {
                    // done
                  }
                });
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      index.upsertAll(
                          () -> timed(corpus, first, threads, docs, generatingNanos, generated));
                    } catch (IOException | RuntimeException | Error e) {
                      synchronized (failures) {
                        failures.add(e);
                      }
                    }
                  }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    progress.interrupt();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("indexing failed", failures.get(0));
    }
    long commitStart = System.nanoTime();
    index.commit();
    index.refresh();
    long end = System.nanoTime();
    double total = (end - start) / 1e9;
    // Each thread generated its share while the others indexed: take out one thread's share.
    double generating = generatingNanos.get() / 1e9 / threads;
    double indexing = total - generating;
    result.put("indexThreads", threads);
    result.put("indexSeconds", round(indexing, 1));
    result.put("indexDocsPerSec", round(docs / indexing, 0));
    result.put("commitSeconds", round((end - commitStart) / 1e9, 1));
    result.put("generateDocsPerSec", round(docs / (generatingNanos.get() / 1e9), 0));
    log(
        "indexed %,d startups in %.1f s (%.1f s of it generating them, taken out): %.0f docs/s",
        docs, total, generating, docs / indexing);
  }

  /** Startups {@code first}, {@code first + step}, ..., generated on demand and timed. */
  private static Iterator<Startup> timed(
      CorpusGenerator corpus,
      int first,
      int step,
      int docs,
      AtomicLong generatingNanos,
      AtomicLong generated) {
    return new Iterator<>() {
      private int next = first;

      @Override
      public boolean hasNext() {
        return next < docs;
      }

      @Override
      public Startup next() {
        long start = System.nanoTime();
        Startup startup = corpus.startup(next);
        next += step;
        generatingNanos.addAndGet(System.nanoTime() - start);
        generated.incrementAndGet();
        return startup;
      }
    };
  }

  private static long directorySize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(ScaleBenchmark::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // merged away meanwhile
    }
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }

  /** Samples the used heap every 100 ms to find its peak, garbage included. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
      this.thread =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      while (true) {
                        peak.accumulateAndGet(used(), Math::max);
                        Thread.sleep(100);
                      }
                    } catch (InterruptedException e) {
                      // stopped
                    }
                  });
    }

    static HeapSampler start() {
      return new HeapSampler();
    }

    private static long used() {
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap in use after full collections, in MB: what the index and the JVM keep. */
    long usedAfterGc() throws InterruptedException {
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(100);
      }
      return used() >> 20;
    }

    /** Stops sampling and returns the peak, in MB. */
    long stop() {
      thread.interrupt();
      return peak.accumulateAndGet(used(), Math::max) >> 20;
    }
  }
}
