/**
 * Matching many needs at once, as nightly jobs do: a {@link dev.startupmatching.batch.BatchMatcher}
 * runs the one matching path of a {@link dev.startupmatching.match.StartupMatcher} for each need in
 * parallel and streams every need's matches to a {@link dev.startupmatching.batch.BatchSink} as
 * soon as they are ranked.
 *
 * <p>{@link dev.startupmatching.batch.ReverseMatcher}, which lists the needs one startup fits,
 * lives here too because it is a batch as well: it runs many needs, each ranked as a {@link
 * dev.startupmatching.match.StartupMatcher#match} ranks it, through a {@link
 * dev.startupmatching.batch.BatchMatcher}, and keeps the one startup's place in each ranking. It is
 * a batch over needs, not a second way of matching, so it shares this package's listener, threads
 * and failure handling rather than a package of its own.
 */
package dev.startupmatching.batch;
