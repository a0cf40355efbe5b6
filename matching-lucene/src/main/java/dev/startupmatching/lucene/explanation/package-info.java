/**
 * Why a match scores what it scores: each match's explanation tree, put together in one place
 * ({@code MatchExplainer}) from the reranker's signals and the need's matched clauses ({@code
 * Explanations}), and the passage of the profile that shows them ({@code Snippets}).
 *
 * <p>Internal to the library: its public types serve the other packages of this module and may
 * change in any release.
 */
package dev.startupmatching.lucene.explanation;
