/** Offline evaluation: TREC relevance judgments and ranking quality metrics. */
package dev.startupmatching.eval;
