package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.query.RankingConfig;

/** The named ranking models a {@link Matching} builder can select. */
public enum RankingModel {
  /**
   * The default, in two phases. Retrieval: the need's words over the whole profile plus its
   * one-liner and name, with BM25 (k1 0.9, b 0.4), English words that need statements commonly use
   * discounted; translations and area names reaching profiles in other languages; and the overlap
   * of technology areas. Re-ranking: the candidates' signals scored by the {@link
   * dev.startupmatching.rank.ScoringModel}.
   */
  DEFAULT(RankingConfig.DEFAULT, true, RetrievalMode.LEXICAL),

  /**
   * Flat BM25 as Anserini ranks: one field holding the whole profile (name, a newline, the
   * one-liner and the description), k1 0.9 and b 0.4, English stop words and Porter stemming, and a
   * bag-of-words query with each term boosted by its count. No areas, no translations. The
   * reference point for every other model.
   */
  BM25(
      new RankingConfig(
          0.9f, 0.4f, ImmutableMap.of(StartupFields.CONTENTS, 1f), 0f, false, 0f, false),
      false,
      RetrievalMode.LEXICAL),

  /**
   * The default's two phases with retrieval by words and by meaning: the lexical candidates and the
   * startups nearest the need's embedding vector, fused ({@link Matching#DEFAULT_FUSION} unless the
   * builder says otherwise). A need in a language the embedding model does not know is searched by
   * its words alone. Needs an {@link dev.startupmatching.embed.EmbeddingModel}.
   */
  HYBRID(RankingConfig.DEFAULT, true, RetrievalMode.HYBRID),

  /**
   * The default's re-ranking of the startups nearest the need's embedding vector alone, whatever
   * their words. Needs an {@link dev.startupmatching.embed.EmbeddingModel}.
   */
  SEMANTIC(RankingConfig.DEFAULT, true, RetrievalMode.SEMANTIC);

  private final RankingConfig config;
  private final boolean reranks;
  private final RetrievalMode retrieval;

  RankingModel(RankingConfig config, boolean reranks, RetrievalMode retrieval) {
    this.config = config;
    this.reranks = reranks;
    this.retrieval = retrieval;
  }

  /** How the model retrieves candidates. */
  RetrievalMode retrieval() {
    return retrieval;
  }

  /** Whether the model needs startups' and needs' embedding vectors. */
  public boolean needsEmbeddings() {
    return retrieval != RetrievalMode.LEXICAL;
  }

  /** Whether the model re-ranks retrieval's candidates by their signals. */
  boolean reranks() {
    return reranks;
  }

  RankingConfig config() {
    return config;
  }

  /**
   * Returns the model with this name, ignoring case: {@code "default"}, {@code "bm25"}, {@code
   * "hybrid"} or {@code "semantic"}.
   *
   * @throws IllegalArgumentException naming the known models otherwise
   */
  public static RankingModel named(String name) {
    for (RankingModel model : values()) {
      if (model.name().equalsIgnoreCase(name)) {
        return model;
      }
    }
    throw new IllegalArgumentException(
        "unknown model '" + name + "'; known models: default, bm25, hybrid, semantic");
  }
}
