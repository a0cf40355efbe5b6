package dev.startupmatching.benchmarks;

import dev.startupmatching.embeddings.MiniLmEmbeddingModel;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How long indexing a file of startups takes, in memory, without and with the built-in embedding
 * model: each variant indexed {@code RUNS} times in the same process, alternating, and the median
 * reported. Indexing is a single long operation, so a plain program measures it better than JMH.
 *
 * <pre>{@code
 * java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar \
 *     dev.startupmatching.benchmarks.IndexBenchmark target/eval/startups.jsonl
 * }</pre>
 */
public final class IndexBenchmark {
  private static final int RUNS = 3;

  private IndexBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the JSON Lines file of startups
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: IndexBenchmark STARTUPS.jsonl");
      System.exit(2);
    }
    List<Startup> startups = JsonLinesReader.startups().readAll(Path.of(args[0]));
    MiniLmEmbeddingModel model = MiniLmEmbeddingModel.load();
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
    System.out.printf(
        Locale.ROOT,
        "{\"docs\": %d, \"lexicalSeconds\": %.1f, \"embeddedSeconds\": %.1f,"
            + " \"embeddedDocsPerSec\": %.0f}%n",
        startups.size(),
        median(lexical),
        median(embedded),
        startups.size() / median(embedded));
  }

  private static double seconds(List<Startup> startups, MiniLmEmbeddingModel model)
      throws Exception {
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

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
