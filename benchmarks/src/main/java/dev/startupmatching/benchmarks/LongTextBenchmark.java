package dev.startupmatching.benchmarks;

import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.analysis.LanguageDetector;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the time to index one startup grows with the length of its description: for each kind of text
 * and each length, the median of {@code --runs} runs of detecting the language ({@link
 * LanguageDetector#detect}), tagging the areas ({@link ConceptTagger#tag}) and indexing the startup
 * in memory ({@link StartupIndex#upsert}, which detects and tags again, then analyses and writes,
 * and a refresh; the index is created once and the startup replaced each run). Indexing should take
 * time linear in the length: the last column, CPU microseconds of indexing per thousand characters,
 * should stay about the same from length to length.
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package && benchmarks/run long-text
 * benchmarks/run long-text --kinds zh,zh-unpunctuated --lengths 100000,900000 --runs 5
 * }</pre>
 *
 * <p>The kinds of text, each a sentence repeated up to the length: {@code en} (English naming
 * technology areas), {@code de} (German, with compounds), {@code zh} (Chinese area names between
 * spaces and full stops), {@code zh-unpunctuated} (the same names without a space or stop), {@code
 * it} (Italian) and {@code token} (one word of the whole length). Progress goes to standard error;
 * standard output gets a table and then one JSON object per kind and length.
 */
public final class LongTextBenchmark {
  private static final String USAGE =
      "usage: benchmarks/run long-text [--kinds K1,K2,...] [--lengths N1,N2,...] [--runs R]";

  /** The sentence of each kind of text, repeated to the length. */
  private static final Map<String, String> SENTENCES = sentences();

  private static Map<String, String> sentences() {
    Map<String, String> sentences = new LinkedHashMap<>();
    sentences.put(
        "en",
        "Our battery management system combines lidar, computer vision and predictive"
            + " maintenance for automated driving fleets. ");
    sentences.put(
        "de",
        "Wir entwickeln Batteriemanagementsysteme und Lidarsensoren für das autonome Fahren und"
            + " die vorausschauende Wartung der Fahrzeugflotten. ");
    sentences.put("zh", "激光雷达 电池管理系统 自动驾驶 计算机视觉 预测性维护。");
    sentences.put("zh-unpunctuated", "激光雷达电池管理系统自动驾驶计算机视觉预测性维护");
    sentences.put(
        "it",
        "Sviluppiamo il sistema di gestione della batteria e il lidar per la guida autonoma e la"
            + " manutenzione predittiva delle flotte. ");
    sentences.put("token", "batterylidarvision");
    return Collections.unmodifiableMap(sentences);
  }

  private LongTextBenchmark() {}

  /** The medians of one kind and length, in seconds. */
  private record Result(
      String kind, int length, double detect, double tag, double index, double indexCpu) {}

  /**
   * Runs the benchmark.
   *
   * @param args options: {@code --kinds} a comma-separated subset of en, de, zh, zh-unpunctuated,
   *     it and token (all), {@code --lengths} the description lengths in characters
   *     (100000,300000,900000), {@code --runs} per kind and length (3)
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args, Set.of("kinds", "lengths", "runs"), USAGE);
    List<String> kinds =
        Arrays.asList(options.string("kinds", String.join(",", SENTENCES.keySet())).split(","));
    for (String kind : kinds) {
      if (!SENTENCES.containsKey(kind)) {
        fail("unknown kind '" + kind + "'; expected one of " + SENTENCES.keySet());
      }
    }
    List<Integer> lengths = new ArrayList<>();
    for (String length : options.string("lengths", "100000,300000,900000").split(",")) {
      int value = 0;
      try {
        value = Integer.parseInt(length.strip().replace("_", ""));
      } catch (NumberFormatException e) {
        fail("--lengths must be whole numbers but has '" + length + "'");
      }
      if (value < 1 || value > Startup.MAX_LONG_TEXT_LENGTH) {
        fail("--lengths must be between 1 and " + Startup.MAX_LONG_TEXT_LENGTH + ": " + value);
      }
      lengths.add(value);
    }
    int runs = options.integer("runs", 3, 1);

    Taxonomy taxonomy = Taxonomy.builtIn();
    ConceptTagger tagger = ConceptTagger.of(taxonomy);
    try (StartupIndex index = StartupIndex.inMemory(taxonomy)) {
      print(run(index, tagger, kinds, lengths, runs), runs);
    }
  }

  private static List<Result> run(
      StartupIndex index, ConceptTagger tagger, List<String> kinds, List<Integer> lengths, int runs)
      throws IOException {
    // Warms up every path on short texts, so that the first measured length is not the JIT's.
    for (int i = 0; i < 20; i++) {
      for (String kind : kinds) {
        measure(index, tagger, text(kind, 2_000));
      }
    }
    List<Result> results = new ArrayList<>();
    for (String kind : kinds) {
      for (int length : lengths) {
        String text = text(kind, length);
        List<double[]> measured = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          double[] seconds = measure(index, tagger, text);
          measured.add(seconds);
          log(
              "%s %,d chars, run %d: detect %.3f s, tag %.3f s, index %.3f s (CPU %.3f s)",
              kind, length, run, seconds[0], seconds[1], seconds[2], seconds[3]);
        }
        results.add(
            new Result(
                kind,
                length,
                median(measured, 0),
                median(measured, 1),
                median(measured, 2),
                median(measured, 3)));
      }
    }
    return results;
  }

  private static void print(List<Result> results, int runs) {
    System.out.printf(
        Locale.ROOT,
        "%-16s %9s %9s %9s %9s %11s %16s%n",
        "kind",
        "chars",
        "detect s",
        "tag s",
        "index s",
        "index CPU s",
        "index CPU µs/kch");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "%-16s %9d %9.3f %9.3f %9.3f %11.3f %16.1f%n",
          r.kind(),
          r.length(),
          r.detect(),
          r.tag(),
          r.index(),
          r.indexCpu(),
          r.indexCpu() * 1e6 / (r.length() / 1e3));
    }
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "{\"kind\":\"%s\",\"chars\":%d,\"runs\":%d,\"detectSeconds\":%.4f,\"tagSeconds\":%.4f,"
              + "\"indexSeconds\":%.4f,\"indexCpuSeconds\":%.4f}%n",
          r.kind(),
          r.length(),
          runs,
          r.detect(),
          r.tag(),
          r.index(),
          r.indexCpu());
    }
  }

  /** The kind's sentence repeated, cut to exactly {@code length} characters. */
  static String text(String kind, int length) {
    String sentence = SENTENCES.get(kind);
    StringBuilder text = new StringBuilder(length + sentence.length());
    while (text.length() < length) {
      text.append(sentence);
    }
    text.setLength(length);
    // A cut through a surrogate pair would leave invalid text; the sentences have none, but keep
    // the text valid whatever sentence is added.
    if (Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, ' ');
    }
    return text.toString();
  }

  /**
   * Seconds to detect the text's language, to tag it, and to index a startup describing it, and the
   * CPU seconds of this thread while indexing: the work itself, which other processes on a shared
   * machine do not inflate as they do elapsed time (collections in other threads are left out).
   */
  private static double[] measure(StartupIndex index, ConceptTagger tagger, String text)
      throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    String language = LanguageDetector.detect(text).analysedAs();
    long detected = System.nanoTime();
    int mentions = tagger.tag(text, language).size();
    long tagged = System.nanoTime();
    Startup startup = Startup.builder("long", "Long").description(text).build();
    long indexStart = System.nanoTime();
    long indexCpuStart = threads.getCurrentThreadCpuTime();
    // The same id each time, so that the index holds one startup however often it is measured.
    index.upsert(startup);
    index.refresh();
    long indexed = System.nanoTime();
    long indexCpu = threads.getCurrentThreadCpuTime() - indexCpuStart;
    if (index.size() != 1 || mentions < 0) {
      throw new AssertionError("the startup was not indexed");
    }
    return new double[] {
      (detected - start) / 1e9,
      (tagged - detected) / 1e9,
      (indexed - indexStart) / 1e9,
      indexCpu / 1e9
    };
  }

  private static double median(List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  private static void fail(String message) {
    System.err.println("error: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }
}
