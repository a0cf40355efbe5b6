package dev.startupmatching.cli.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.internal.io.MatchJson;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.UnitMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One JSON object per match ({@link MatchJson#match}) with the need's id first, or per unit match
 * ({@link MatchJson#unitMatch}) with the unit's id first. A need without matches has one object
 * saying why: {@code {"need": "N7", "noMatch": "no startup fits this need well enough: ..."}}.
 * Explanations go down to each signal's details by default, and to the leaves with {@code
 * --explain}.
 */
final class JsonlWriter implements ResultWriter {
  private static final ObjectMapper JSON = SafeJson.mapper();

  /** Root, signals and their details (such as the matched words); below are BM25's internals. */
  private static final int SUMMARY_DEPTH = 3;

  private final Writer out;
  private final int explanationDepth;

  JsonlWriter(Writer out, boolean fullExplanations) {
    this.out = out;
    this.explanationDepth = fullExplanations ? Integer.MAX_VALUE : SUMMARY_DEPTH;
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    if (matches.isEmpty()) {
      writeLine(
          JSON.createObjectNode().put("need", need.id()).put("noMatch", NoMatch.reason(matches)));
      return;
    }
    for (Match match : matches) {
      ObjectNode line = JSON.createObjectNode().put("need", need.id());
      line.setAll(MatchJson.match(match, explanationDepth));
      writeLine(line);
    }
  }

  @Override
  public void writeUnit(BusinessUnit unit, List<UnitMatch> matches) throws IOException {
    for (UnitMatch match : matches) {
      ObjectNode line = JSON.createObjectNode().put("unit", unit.id());
      // The unit's tree holds each need's whole tree; one level more shows the signals.
      line.setAll(MatchJson.unitMatch(match, explanationDepth + 1));
      writeLine(line);
    }
  }

  @Override
  public void writeFacets(Need need, FacetCounts counts) throws IOException {
    ObjectNode line = JSON.createObjectNode().put("need", need.id()).put("total", counts.total());
    ObjectNode facets = line.putObject("facets");
    for (Facet facet : counts.facets()) {
      ObjectNode values = facets.putObject(facet.name().toLowerCase(Locale.ROOT));
      counts.counts(facet).forEach(values::put);
    }
    writeLine(line);
  }

  private void writeLine(ObjectNode line) throws IOException {
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
