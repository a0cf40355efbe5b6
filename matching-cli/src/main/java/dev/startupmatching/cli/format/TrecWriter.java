package dev.startupmatching.cli.format;

import dev.startupmatching.eval.Run;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.UnitMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * TREC run lines: {@code needId Q0 startupId rank score runTag}, ranks 1..K per need; for units,
 * the unit id stands in the need's place.
 */
final class TrecWriter implements ResultWriter {
  private final Writer out;
  private final String runTag;

  TrecWriter(Writer out, String runTag) {
    Run.checkRunTag(runTag);
    this.out = out;
    this.runTag = runTag;
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    for (Match match : matches) {
      out.write(Run.line(need.id(), match.startup().id(), match.rank(), match.score(), runTag));
    }
  }

  @Override
  public void writeUnit(BusinessUnit unit, List<UnitMatch> matches) throws IOException {
    for (UnitMatch match : matches) {
      out.write(Run.line(unit.id(), match.startup().id(), match.rank(), match.score(), runTag));
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
