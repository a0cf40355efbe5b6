/**
 * Matching many needs at once, as nightly jobs do: a {@link dev.startupmatching.batch.BatchMatcher}
 * runs the one matching path of a {@link dev.startupmatching.match.StartupMatcher} for each need in
 * parallel and streams every need's matches to a {@link dev.startupmatching.batch.BatchSink} as
 * soon as they are ranked; {@link dev.startupmatching.batch.ReverseMatcher} loops the same path to
 * list the needs one startup fits.
 */
package dev.startupmatching.batch;
