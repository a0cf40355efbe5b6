/**
 * The matching API: a {@link dev.startupmatching.match.StartupMatcher} ranks startups for a need
 * under {@link dev.startupmatching.match.MatchOptions} and returns {@link
 * dev.startupmatching.match.Match matches} with an {@link dev.startupmatching.match.Explanation}.
 *
 * <p>This package knows no search engine; implementations live in other modules.
 */
package dev.startupmatching.match;
