/**
 * What a portal asks beside matching: the startups most like one of them ({@code SimilarStartups},
 * on Lucene's {@code MoreLikeThis}) and facet counts over a result set ({@code FacetCounter}, on
 * {@code lucene-facet}).
 *
 * <p>Internal to the library: its public types serve the matcher and may change in any release.
 */
package dev.startupmatching.lucene.browse;
