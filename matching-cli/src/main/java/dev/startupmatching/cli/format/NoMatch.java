package dev.startupmatching.cli.format;

import dev.startupmatching.match.Match;
import dev.startupmatching.match.Matches;
import java.util.List;

/** Why a need has no matches, as the writers say it. */
final class NoMatch {
  private NoMatch() {}

  /** The reason an empty result carries, or a general one for a plain empty list. */
  static String reason(List<Match> matches) {
    return Matches.of(matches).noMatchReason().orElse("no startup matches this need");
  }
}
