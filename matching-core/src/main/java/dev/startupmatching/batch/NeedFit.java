package dev.startupmatching.batch;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;

/**
 * How one startup fits one need: its match in the need's own ranking, with that ranking's rank,
 * score and explanation.
 *
 * @param need the need
 * @param match the startup's match among the need's matches
 */
public record NeedFit(Need need, Match match) {
  /** Checks that neither part is null. */
  public NeedFit {
    checkArgument(need != null, "need must not be null");
    checkArgument(match != null, "match must not be null");
  }
}
