package dev.startupmatching.cli.format;

import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.UnitMatch;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes the ranked matches of one need after another in one output format. */
public interface ResultWriter extends Closeable {
  /** Writes the matches of one need, best first. */
  void write(Need need, List<Match> matches) throws IOException;

  /** Writes the ranking of one business unit across its needs, best first. */
  void writeUnit(BusinessUnit unit, List<UnitMatch> matches) throws IOException;

  /**
   * Writes the facet counts of one need's result set, after its matches.
   *
   * @throws UnsupportedOperationException if the format has no place for them; {@link
   *     OutputFormat#carriesFacets} says which do
   */
  default void writeFacets(Need need, FacetCounts counts) throws IOException {
    throw new UnsupportedOperationException("this format cannot carry facet counts");
  }
}
