package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The matches of one need, best first, and, when there are none, why: an immutable list that a
 * portal can show as it is, with a sentence for the empty case ("no startup fits this need well
 * enough: the best, Voltberg Charging (s059), has fit 0.12, below the minimum 0.30").
 *
 * <p>Instances are immutable and thread-safe; mutators of {@link List} throw.
 */
public final class Matches extends AbstractList<Match> implements RandomAccess {
  private static final Matches NONE_FOUND = new Matches(ImmutableList.of(), null);

  private final ImmutableList<Match> matches;
  private final String noMatchReason;

  private Matches(ImmutableList<Match> matches, String noMatchReason) {
    this.matches = matches;
    this.noMatchReason = noMatchReason;
  }

  /** Returns these matches, best first; an empty list's reason says no startup matched. */
  public static Matches of(List<Match> matches) {
    checkArgument(matches != null, "matches must not be null");
    if (matches instanceof Matches already) {
      return already;
    }
    return matches.isEmpty() ? NONE_FOUND : new Matches(ImmutableList.copyOf(matches), null);
  }

  /**
   * Returns no matches, for the reason given.
   *
   * @param reason one line for people, such as "the need has no words to search"
   */
  public static Matches none(String reason) {
    checkArgument(reason != null && !reason.isBlank(), "reason must not be blank");
    return new Matches(ImmutableList.of(), reason);
  }

  /**
   * Applies {@link MatchOptions#minFit}: returns the matches when the best fit among them reaches
   * {@code minFit}, and otherwise none, saying which startup fit best and how well.
   */
  public static Matches withMinFit(List<Match> matches, double minFit) {
    checkArgument(matches != null, "matches must not be null");
    Match best = null;
    for (Match match : matches) {
      if (best == null || match.fit() > best.fit()) {
        best = match;
      }
    }
    if (best == null || best.fit() >= minFit) {
      return of(matches);
    }
    return none(
        String.format(
            Locale.ROOT,
            "no startup fits this need well enough: the best, %s (%s), has fit %.2f, below the"
                + " minimum %.2f",
            best.startup().name(),
            best.startup().id(),
            best.fit(),
            minFit));
  }

  /**
   * Returns one page of these matches, the whole list of a need: the matches after the first {@link
   * MatchOptions#offset} that score at least {@link MatchOptions#minScore}, each keeping its rank
   * in the whole list. A page left empty says why.
   */
  public Matches page(MatchOptions options) {
    checkArgument(options != null, "options must not be null");
    if (matches.isEmpty()
        || (options.offset() == 0 && options.minScore() == Double.NEGATIVE_INFINITY)) {
      return this;
    }
    List<Match> page = new ArrayList<>();
    for (Match match :
        matches.subList(Math.min(options.offset(), matches.size()), matches.size())) {
      if (match.score() >= options.minScore() && page.size() < options.topK()) {
        page.add(match);
      }
    }
    if (!page.isEmpty()) {
      return new Matches(ImmutableList.copyOf(page), null);
    }
    return none(
        matches.size() <= options.offset()
            ? String.format(
                Locale.ROOT,
                "the need has %d matches; the page starts after match %d",
                matches.size(),
                options.offset())
            : String.format(
                Locale.ROOT,
                "no match on the page scores at least the minimum score %.4f",
                options.minScore()));
  }

  /**
   * Why there are no matches, when there are none: the need's best fit is below the minimum, the
   * need has no words to search, or no startup matched it.
   */
  public Optional<String> noMatchReason() {
    if (!matches.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(noMatchReason == null ? "no startup matches the need" : noMatchReason);
  }

  @Override
  public Match get(int index) {
    return matches.get(index);
  }

  @Override
  public int size() {
    return matches.size();
  }
}
