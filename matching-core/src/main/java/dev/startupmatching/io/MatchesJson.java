package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.internal.io.MatchJson;
import dev.startupmatching.match.Match;
import dev.startupmatching.unit.UnitMatch;

/**
 * Matches as JSON text, for a portal's responses: the same object that {@code startup-match match
 * --format jsonl} writes for each match, with the startup's id and name, rank, score, fit and its
 * reason, matched words and areas, score components, what is missing, the snippet and the
 * explanation tree.
 *
 * <p>The methods are thread-safe.
 */
public final class MatchesJson {
  private MatchesJson() {}

  /**
   * One match as a JSON object.
   *
   * @param explanationDepth how many levels of the explanation tree to include: 1 is its root
   *     alone, {@link Integer#MAX_VALUE} the whole tree
   */
  public static String match(Match match, int explanationDepth) {
    checkArgument(match != null, "match must not be null");
    checkArgument(explanationDepth >= 1, "explanationDepth must be at least 1");
    return MatchJson.match(match, explanationDepth).toString();
  }

  /**
   * One startup's match to a business unit as a JSON object, with its match to each of the unit's
   * needs.
   *
   * @param explanationDepth as for {@link #match}
   */
  public static String unitMatch(UnitMatch match, int explanationDepth) {
    checkArgument(match != null, "match must not be null");
    checkArgument(explanationDepth >= 1, "explanationDepth must be at least 1");
    return MatchJson.unitMatch(match, explanationDepth).toString();
  }
}
