package dev.startupmatching.embed;

import java.util.List;
import java.util.Set;

/**
 * Turns texts into dense vectors whose cosine similarity says how alike their meanings are.
 *
 * <p>Implementations must be thread-safe and deterministic: the same text always gives the same
 * vector, since startups are embedded once, at indexing time, and needs at query time.
 */
public interface EmbeddingModel {
  /**
   * Identifies the model and its version, such as {@code "bge-small-en-v1.5-q/1"}. An index stores
   * it and refuses to be searched with another model's vectors.
   */
  String id();

  /** The length of every vector. */
  int dimension();

  /**
   * Embeds passages, the startups' profiles: one vector of {@link #dimension} finite floats per
   * text, in order. Callers pass at most {@link #batchSize} texts at a time.
   */
  List<float[]> embed(List<String> texts);

  /**
   * Embeds queries, the needs, as {@link #embed} embeds passages. Models trained with a different
   * prefix or instruction for queries than for passages (e5, bge) apply it here; the default embeds
   * queries as passages.
   */
  default List<float[]> embedQueries(List<String> queries) {
    return embed(queries);
  }

  /**
   * The languages the model was trained on, as ISO 639 codes such as {@code "en"}; empty, the
   * default, when it understands any. Hybrid retrieval searches a need in another language by its
   * words alone, since an English model places a German need's vector at random among English
   * profiles.
   */
  default Set<String> languages() {
    return Set.of();
  }

  /** How many texts one {@link #embed} call should carry; the default is 32. */
  default int batchSize() {
    return 32;
  }
}
