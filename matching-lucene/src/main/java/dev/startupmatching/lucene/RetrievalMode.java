package dev.startupmatching.lucene;

/** How retrieval gathers a need's candidates. */
enum RetrievalMode {
  /** By words, areas and translations: BM25 over the profile fields. */
  LEXICAL,
  /** By meaning alone: the need's vector against the startups' vectors. */
  SEMANTIC,
  /** Both, fused into one list. */
  HYBRID
}
