package dev.startupmatching.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate pair: a startup among a need's best, with the fit and rank the matcher gave it. The
 * pair's unit is the need's.
 *
 * @param need the need
 * @param startup the startup
 * @param fit the matcher's calibrated fit, 0 to 1, comparable across needs
 * @param rank the startup's rank in the need's list, from 1
 */
public record Pairing(Need need, Startup startup, double fit, int rank) {
  /** Checks the pair. */
  public Pairing {
    checkArgument(need != null && startup != null, "need and startup must not be null");
    checkArgument(
        need.unit().isPresent(), "need %s names no business unit to pair it with", need.id());
    checkArgument(fit >= 0 && fit <= 1, "fit must be between 0 and 1 but was %s", fit);
    checkArgument(rank >= 1, "rank must be at least 1 but was %s", rank);
  }

  /** The pairs of a need's matches, in their order. */
  public static List<Pairing> of(Need need, List<Match> matches) {
    List<Pairing> pairs = new ArrayList<>(matches.size());
    for (Match match : matches) {
      pairs.add(new Pairing(need, match.startup(), match.fit(), match.rank()));
    }
    return pairs;
  }

  /** The business unit the need belongs to. */
  public String unit() {
    return need.unit().orElseThrow();
  }
}
