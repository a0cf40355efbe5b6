/**
 * A need turned into Lucene clauses ({@code NeedQueryBuilder}, {@code NeedQuery}): its words,
 * areas, area names and translations, each a clause that explanations can name; the constraints as
 * filters; each clause's weight and scores ({@code ClauseWeights}); how much of a need a profile
 * covers; and the terms of a match, looked up once ({@code TermLookup}).
 *
 * <p>Internal to the library: its public types serve the other packages of this module and may
 * change in any release.
 */
package dev.startupmatching.lucene.query;
