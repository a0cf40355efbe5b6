package dev.startupmatching.benchmarks.corpus;

import dev.startupmatching.benchmarks.Options;
import dev.startupmatching.io.JsonLinesWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes a synthetic corpus as JSON Lines: {@code startups.jsonl} and {@code needs.jsonl} in the
 * formats of {@code dev.startupmatching.io}, and the areas each record was generated from in {@code
 * startup-areas.tsv} and {@code need-areas.tsv} ({@code id}, a tab, the area ids separated by
 * commas, the main one first). Startups are generated and written one at a time.
 *
 * <pre>{@code
 * benchmarks/run generate --docs 100000 --needs 200 --seed 42 --out target/corpus
 * }</pre>
 */
public final class GenerateCorpus {
  private static final String USAGE =
      "usage: benchmarks/run generate --out DIR [--docs N] [--needs M] [--seed S]";

  private GenerateCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param args {@code --out DIR}, and optionally {@code --docs N} (default 100,000), {@code
   *     --needs M} (default 200) and {@code --seed S} (default 42)
   */
  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args, Set.of("docs", "needs", "seed", "out"), USAGE);
    String out = options.required("out");
    int docs = options.integer("docs", 100_000, 0);
    int needCount = options.integer("needs", 200, 0);
    CorpusGenerator corpus = CorpusGenerator.withSeed(options.number("seed", 42));
    Path dir = Files.createDirectories(Path.of(out));
    long start = System.nanoTime();
    JsonLinesWriter.writeStartups(
        dir.resolve("startups.jsonl"), () -> corpus.startups(docs).iterator());
    JsonLinesWriter.writeNeeds(
        dir.resolve("needs.jsonl"), () -> corpus.needs(needCount).iterator());
    writeAreas(
        dir.resolve("startup-areas.tsv"), docs, CorpusGenerator::startupId, corpus::startupAreas);
    writeAreas(
        dir.resolve("need-areas.tsv"), needCount, CorpusGenerator::needId, corpus::needAreas);
    System.err.printf(
        Locale.ROOT,
        "wrote %,d startups and %,d needs (seed %d) to %s in %.1f s%n",
        docs,
        needCount,
        corpus.seed(),
        dir,
        (System.nanoTime() - start) / 1e9);
  }

  private static void writeAreas(
      Path file, int count, IntFunction<String> id, IntFunction<List<String>> areas)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(id.apply(i));
        out.write('\t');
        out.write(String.join(",", areas.apply(i)));
        out.write('\n');
      }
    }
  }
}
