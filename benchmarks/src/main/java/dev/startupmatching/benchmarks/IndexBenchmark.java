package dev.startupmatching.benchmarks;

import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.embeddings.EmbeddingModels;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What an embedding model costs: indexing a file of startups in memory without vectors and with the
 * model's (each variant {@code RUNS} times in the same process, alternating, the median reported,
 * and their ratio), the median time to embed one need, the model's load time, and the process's
 * resident memory after loading and after indexing. Run one process per model, so that each model's
 * memory is its own. Indexing is a single long operation, so a plain program measures it better
 * than JMH.
 *
 * <pre>{@code
 * java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar \
 *     dev.startupmatching.benchmarks.IndexBenchmark target/eval/startups.jsonl bge-small-en-v1.5
 * }</pre>
 */
public final class IndexBenchmark {
  private static final int RUNS = 3;

  /** Needs embedded to time a query: one-liners, the length of a short need. */
  private static final int QUERIES = 200;

  private IndexBenchmark() {}

  /**
   * Runs the benchmark and prints one JSON object.
   *
   * @param args the JSON Lines file of startups, then the built-in model's name
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println(
          "usage: IndexBenchmark STARTUPS.jsonl MODEL  (MODEL: one of "
              + EmbeddingModels.names()
              + ")");
      System.exit(2);
    }
    List<Startup> startups = JsonLinesReader.startups().readAll(Path.of(args[0]));
    long rssBefore = residentKb();
    long loadStart = System.nanoTime();
    EmbeddingModel model = EmbeddingModels.named(args[1]);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long rssLoaded = residentKb();
    List<Double> lexical = new ArrayList<>();
    List<Double> embedded = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      lexical.add(seconds(startups, null));
      embedded.add(seconds(startups, model));
      System.err.printf(
          Locale.ROOT,
          "run %d: lexical %.1f s, with embeddings %.1f s%n",
          run,
          lexical.getLast(),
          embedded.getLast());
    }
    long rssIndexed = residentKb();
    List<Double> queryMillis = new ArrayList<>();
    for (Startup startup : startups.subList(0, Math.min(QUERIES, startups.size()))) {
      String need = startup.oneLiner().isEmpty() ? startup.name() : startup.oneLiner();
      long start = System.nanoTime();
      model.embedQueries(List.of(need));
      queryMillis.add((System.nanoTime() - start) / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "{\"model\": \"%s\", \"docs\": %d, \"lexicalSeconds\": %.1f, \"embeddedSeconds\": %.1f,"
            + " \"embeddedDocsPerSec\": %.0f, \"slowdown\": %.1f, \"queryMillis\": %.1f,"
            + " \"loadSeconds\": %.1f, \"rssBeforeMb\": %d, \"rssLoadedMb\": %d,"
            + " \"rssIndexedMb\": %d}%n",
        model.id(),
        startups.size(),
        median(lexical),
        median(embedded),
        startups.size() / median(embedded),
        median(embedded) / median(lexical),
        median(queryMillis),
        loadSeconds,
        rssBefore / 1024,
        rssLoaded / 1024,
        rssIndexed / 1024);
  }

  private static double seconds(List<Startup> startups, EmbeddingModel model) throws Exception {
    long start = System.nanoTime();
    try (StartupIndex index =
        model == null
            ? StartupIndex.inMemory(Taxonomy.builtIn())
            : StartupIndex.inMemory(Taxonomy.builtIn(), model)) {
      index.upsertAll(startups);
      index.refresh();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The process's resident memory in KiB, from Linux's {@code /proc}; 0 elsewhere. */
  private static long residentKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
