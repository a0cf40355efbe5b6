package dev.startupmatching.cli.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One JSON object per match: need, rank, startup id and name, score, matched terms and the
 * explanation, by default down to each term's contribution.
 */
final class JsonlWriter implements ResultWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Root and term contributions; below are Lucene's BM25 internals, shown with --explain. */
  private static final int SUMMARY_DEPTH = 2;

  private final Writer out;
  private final int explanationDepth;

  JsonlWriter(Writer out, boolean fullExplanations) {
    this.out = out;
    this.explanationDepth = fullExplanations ? Integer.MAX_VALUE : SUMMARY_DEPTH;
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    for (Match match : matches) {
      ObjectNode line = JSON.createObjectNode();
      line.put("need", need.id());
      line.put("rank", match.rank());
      line.put("startup", match.startup().id());
      line.put("name", match.startup().name());
      line.put("score", match.score());
      ArrayNode terms = line.putArray("matchedTerms");
      match.matchedTerms().forEach(terms::add);
      ArrayNode areas = line.putArray("matchedAreas");
      match.matchedAreas().forEach(areas::add);
      line.set("explanation", toJson(match.explanation(), explanationDepth));
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    }
  }

  private static ObjectNode toJson(Explanation explanation, int depth) {
    ObjectNode node = JSON.createObjectNode();
    node.put("value", explanation.value());
    node.put("description", explanation.description());
    if (depth > 1 && !explanation.details().isEmpty()) {
      ArrayNode details = node.putArray("details");
      for (Explanation detail : explanation.details()) {
        details.add(toJson(detail, depth - 1));
      }
    }
    return node;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
