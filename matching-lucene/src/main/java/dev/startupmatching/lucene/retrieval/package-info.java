/**
 * Finding a need's candidates: by words and areas with feedback from the best candidates ({@code
 * LexicalRetrieval}, {@code Feedback}), by meaning or both fused ({@code SemanticRetrieval}), and
 * how alike the candidates are to each other ({@code Neighbourhood}).
 *
 * <p>Internal to the library: its public types serve the other packages of this module and may
 * change in any release.
 */
package dev.startupmatching.lucene.retrieval;
