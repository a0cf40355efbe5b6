package dev.startupmatching.benchmarks;

import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Tagging a text with the areas of the built-in taxonomy through the public {@link ConceptTagger}:
 * language detection, analysis in the text's language and in English, and phrase lookup. The texts
 * are 256 generated needs ({@code need}: title and description) or startup profiles ({@code
 * profile}: name, one-liner and description, as the index tags them), tagged in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TaggingBenchmark {
  private static final int TEXTS = 256;

  /** Which texts: {@code need} or {@code profile}. */
  @Param({"need", "profile"})
  public String kind;

  private ConceptTagger tagger;
  private List<String> texts;
  private int next;

  /** Builds the tagger and generates the texts. */
  @Setup(Level.Trial)
  public void setUp() {
    tagger = ConceptTagger.of(Taxonomy.builtIn());
    CorpusGenerator corpus = CorpusGenerator.withSeed(42);
    Stream<String> generated =
        kind.equals("need")
            ? corpus.needs(TEXTS).map(need -> need.text())
            : corpus
                .startups(TEXTS)
                .map(s -> s.name() + "\n" + s.oneLiner() + " " + s.description());
    texts = generated.toList();
  }

  /** Tags the next text. */
  @Benchmark
  public List<ConceptMention> tag() {
    String text = texts.get(next);
    next = (next + 1) % TEXTS;
    return tagger.tag(text);
  }
}
