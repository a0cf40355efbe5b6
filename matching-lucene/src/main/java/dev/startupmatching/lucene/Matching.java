package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.Streams;
import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.RankingConfig;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import dev.startupmatching.rank.FitModel;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.ScoringModel;
import dev.startupmatching.rank.Signal;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: builds a {@link StartupMatcher} that ranks startups with Lucene.
 *
 * <pre>{@code
 * try (StartupMatcher matcher = Matching.builder().startups(startups).build()) {
 *   List<Match> top = matcher.match(need, MatchOptions.top(10));
 * }
 * }</pre>
 *
 * <p>The default model ranks in two phases. <b>Retrieval</b> analyses a need's title and
 * description in the need's language (English, German, Chinese or Italian; stated or detected),
 * searches the startups' name, one-liner and description with BM25 in every language through
 * translations and the names of the technology areas the need mentions, scores the overlap of the
 * need's areas with each startup's areas along the taxonomy, applies the need's hard constraints as
 * filters, and keeps the best {@link Builder#candidates candidates}. <b>Re-ranking</b> computes the
 * {@link Signals signals} of each candidate (text relevance, area coverage, maturity, region, team
 * and funding, freshness, and any {@link Builder#signal custom signal}) and scores them with a
 * {@link ScoringModel}. Each match is explained signal by signal, down to the matched words, with a
 * highlighted snippet and what the startup is missing. Matchers are thread-safe; build one and
 * share it.
 */
public final class Matching {
  private static final Logger log = LoggerFactory.getLogger(Matching.class);

  /** The longest need text (title and description) accepted, in characters. */
  public static final int MAX_NEED_TEXT_CHARS = 1_000_000;

  /** The most distinct terms of one need that are searched; longer needs keep the weightiest. */
  public static final int MAX_QUERY_TERMS = NeedQueryBuilder.MAX_QUERY_TERMS;

  /**
   * How many candidates retrieval passes to re-ranking by default. On the development needs and the
   * built-in example, top-10 rankings were the same with 50, 100, 200 and 500 candidates:
   * re-ranking rarely lifts a startup from below rank 100, and every candidate costs time.
   */
  public static final int DEFAULT_CANDIDATES = 100;

  /**
   * How {@link RankingModel#HYBRID} fuses by default: scores standardised per list, the semantic
   * list weighted half as much as the lexical one. Chosen on needs from business areas outside the
   * development set, where it raised nDCG@10 and MAP the most of the fusions tried (see
   * docs/evaluation.md).
   */
  public static final Fusion DEFAULT_FUSION = Fusion.zScore(1, 0.5);

  /** The most candidates retrieval may pass to re-ranking. */
  public static final int MAX_CANDIDATES = MatchOptions.MAX_TOP_K;

  private Matching() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and builds a matcher. Builders are not thread-safe; matchers are. */
  public static final class Builder {
    private Iterable<Startup> startups;
    private StartupIndex index;
    private RankingModel model = RankingModel.DEFAULT;
    private RankingConfig config = RankingConfig.DEFAULT;
    private Taxonomy taxonomy;
    private Lexicon lexicon = Lexicon.builtIn();
    private ScoringModel scoringModel = ScoringModel.defaults();
    private FitModel fitModel = FitModel.builtIn();
    private final List<Signal> signals = Signals.withRegistered(Signals.defaults());
    private int candidates = DEFAULT_CANDIDATES;
    private EmbeddingModel embeddings;
    private Fusion fusion = DEFAULT_FUSION;

    private Builder() {}

    /**
     * Ranks these startups, indexed in memory when {@link #build} runs. The matcher owns that index
     * and closes it with itself. A later startup with the same id replaces an earlier one.
     */
    public Builder startups(Iterable<Startup> startups) {
      checkArgument(startups != null, "startups must not be null");
      this.startups = startups;
      return this;
    }

    /**
     * Ranks the startups of an existing index, which stays open when the matcher is closed. The
     * matcher sees changes to the index after {@link StartupIndex#refresh}.
     */
    public Builder index(StartupIndex index) {
      checkArgument(index != null, "index must not be null");
      this.index = index;
      return this;
    }

    /**
     * Sets the taxonomy whose areas startups and needs are tagged with; the default is {@link
     * Taxonomy#builtIn}. With {@link #index}, it must be the index's taxonomy.
     */
    public Builder taxonomy(Taxonomy taxonomy) {
      checkArgument(taxonomy != null, "taxonomy must not be null");
      this.taxonomy = taxonomy;
      return this;
    }

    /** Sets the lexicon that translates needs; the default is {@link Lexicon#builtIn}. */
    public Builder lexicon(Lexicon lexicon) {
      checkArgument(lexicon != null, "lexicon must not be null");
      this.lexicon = lexicon;
      return this;
    }

    /**
     * Selects a named ranking model, replacing any earlier {@link #bm25} setting; the default is
     * {@link RankingModel#DEFAULT}.
     */
    public Builder model(RankingModel model) {
      checkArgument(model != null, "model must not be null");
      this.model = model;
      this.config = model.config();
      return this;
    }

    /**
     * Sets the weights of re-ranking, such as a model read with {@link
     * LinearScoringModel#read(java.nio.file.Path)}; the default is {@link ScoringModel#defaults}.
     * Only {@link RankingModel#DEFAULT} re-ranks.
     */
    public Builder scoringModel(ScoringModel scoringModel) {
      checkArgument(scoringModel != null, "scoringModel must not be null");
      this.scoringModel = scoringModel;
      return this;
    }

    /**
     * Sets the model that estimates each match's {@link dev.startupmatching.match.Match#fit}, such
     * as one read with {@link FitModel#read} after {@code startup-match calibrate}; the default is
     * {@link FitModel#builtIn}. It reads signals, so it works with every ranking model.
     */
    public Builder fitModel(FitModel fitModel) {
      checkArgument(fitModel != null, "fitModel must not be null");
      this.fitModel = fitModel;
      return this;
    }

    /**
     * Adds a signal to the built-in ones ({@link Signals#defaults}) and those registered through
     * {@link java.util.ServiceLoader} ({@link Signals#registered}), or replaces the one with the
     * same name. It shows in feature logs at once, and in scores and explanations once the scoring
     * model gives it a weight.
     */
    public Builder signal(Signal signal) {
      checkArgument(signal != null, "signal must not be null");
      signals.removeIf(s -> s.name().equals(signal.name()));
      signals.add(signal);
      return this;
    }

    /**
     * Sets how many candidates retrieval passes to re-ranking: more finds more of the startups that
     * re-ranking would lift, at a cost per candidate. A match asking for more results gets that
     * many candidates. The default is {@value #DEFAULT_CANDIDATES}.
     *
     * @param candidates from 1 to {@value #MAX_CANDIDATES}
     */
    public Builder candidates(int candidates) {
      checkArgument(
          candidates >= 1 && candidates <= MAX_CANDIDATES,
          "candidates must be between 1 and %s but was %s",
          MAX_CANDIDATES,
          candidates);
      this.candidates = candidates;
      return this;
    }

    /**
     * Embeds the startups given to {@link #startups} with this model, for {@link
     * RankingModel#HYBRID} and {@link RankingModel#SEMANTIC} retrieval; such as {@code
     * EmbeddingModels.named("bge-small-en-v1.5")} from the {@code matching-embeddings} module. An
     * {@link #index} brings its own model.
     */
    public Builder embeddings(EmbeddingModel embeddings) {
      checkArgument(embeddings != null, "embeddings must not be null");
      this.embeddings = embeddings;
      return this;
    }

    /**
     * Sets how {@link RankingModel#HYBRID} fuses its lexical and semantic lists; the default is
     * {@link #DEFAULT_FUSION}.
     */
    public Builder fusion(Fusion fusion) {
      checkArgument(fusion != null, "fusion must not be null");
      this.fusion = fusion;
      return this;
    }

    /**
     * Sets BM25's parameters; the defaults are k1 = 0.9 and b = 0.4.
     *
     * @param k1 term-frequency saturation, at least 0
     * @param b length normalisation, from 0 to 1
     */
    public Builder bm25(float k1, float b) {
      this.config = config.withBm25(k1, b);
      return this;
    }

    /**
     * Returns the matcher.
     *
     * @throws IllegalStateException unless exactly one of {@link #startups} and {@link #index} was
     *     set, or if the scoring model or the fit model reads a signal that is not there
     */
    public StartupMatcher build() {
      checkState(
          (startups == null) != (index == null), "set exactly one of startups(...) and index(...)");
      Reranker signalValues;
      try {
        signalValues = Reranker.of(signals, scoringModel);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      for (String used : fitModel.signalNames()) {
        checkState(
            signals.stream().anyMatch(s -> s.name().equals(used)),
            "fit model '%s' reads signal '%s', which no signal provides",
            fitModel.name(),
            used);
      }
      Reranker reranker = model.reranks() ? signalValues : null;
      Fit fit = new Fit(fitModel, signalValues);
      if (index != null) {
        checkState(
            taxonomy == null || taxonomy.version().equals(index.taxonomy().version()),
            "the taxonomy %s differs from the index's %s",
            taxonomy == null ? null : taxonomy.version(),
            index.taxonomy().version());
        checkState(
            embeddings == null || index.embeddingModel().map(embeddings::equals).orElse(false),
            "the index was built without the embedding model %s; give the index alone",
            embeddings);
        checkEmbeddings(index);
        return new LuceneStartupMatcher(
            index, false, lexicon, config, reranker, fit, candidates, model.retrieval(), fusion);
      }
      checkState(
          !model.needsEmbeddings() || embeddings != null,
          "model %s retrieves by meaning and needs an embedding model: set embeddings(...)",
          model);
      Taxonomy areas = taxonomy == null ? Taxonomy.builtIn() : taxonomy;
      StartupIndex memory =
          embeddings == null
              ? StartupIndex.inMemory(areas)
              : StartupIndex.inMemory(areas, embeddings);
      try {
        memory.upsertAll(reportingUnknownPlaces(startups));
        memory.refresh();
      } catch (IOException e) {
        // An index in memory writes no file, so this does not happen in practice.
        throw new UncheckedIOException(e);
      }
      return new LuceneStartupMatcher(
          memory, true, lexicon, config, reranker, fit, candidates, model.retrieval(), fusion);
    }

    /**
     * The startups, with each one whose country, city or a region names no known place logged at
     * WARN as it is indexed: given as objects rather than read from a file, they have no line to be
     * reported with, as {@link dev.startupmatching.io.JsonLinesReader} reports them.
     */
    private static Iterable<Startup> reportingUnknownPlaces(Iterable<Startup> startups) {
      return () -> Streams.stream(startups).peek(Builder::reportUnknownPlaces).iterator();
    }

    private static void reportUnknownPlaces(Startup startup) {
      if (startup == null || !log.isWarnEnabled()) {
        return;
      }
      Map<String, String> unresolved = Location.of(startup).unresolved();
      if (!unresolved.isEmpty()) {
        log.warn(
            "startup '{}': {} {} no known country or region; it is kept, and region constraints"
                + " compare the text as written",
            startup.id(),
            unresolved.entrySet().stream()
                .map(field -> field.getKey() + " '" + field.getValue() + "'")
                .collect(Collectors.joining(", ")),
            unresolved.size() == 1 ? "names" : "name");
      }
    }

    private void checkEmbeddings(StartupIndex index) {
      checkState(
          !model.needsEmbeddings() || index.embeddingModel().isPresent(),
          "model %s retrieves by meaning and needs an index opened with an embedding model",
          model);
    }
  }
}
