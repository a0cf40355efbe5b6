package dev.startupmatching.embed;

import java.util.List;

/**
 * Turns texts into dense vectors whose cosine similarity says how alike their meanings are.
 *
 * <p>Implementations must be thread-safe and deterministic: the same text always gives the same
 * vector, since startups are embedded once, at indexing time, and needs at query time.
 */
public interface EmbeddingModel {
  /**
   * Identifies the model and its version, such as {@code "all-minilm-l6-v2-q/1"}. An index stores
   * it and refuses to be searched with another model's vectors.
   */
  String id();

  /** The length of every vector. */
  int dimension();

  /**
   * Embeds texts, one vector of {@link #dimension} finite floats per text, in order. Callers pass
   * at most {@link #batchSize} texts at a time.
   */
  List<float[]> embed(List<String> texts);

  /** How many texts one {@link #embed} call should carry; the default is 32. */
  default int batchSize() {
    return 32;
  }
}
