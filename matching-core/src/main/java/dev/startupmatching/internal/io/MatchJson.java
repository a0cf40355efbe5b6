package dev.startupmatching.internal.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Snippet;
import dev.startupmatching.unit.UnitMatch;
import java.util.Map;

/**
 * The JSON form of matches and their explanations, for portals and files. Explanations render as
 * text with {@link Explanation#toString}; this class renders them as JSON:
 *
 * <pre>{@code
 * {"value": 0.5369, "description": "score by model 'default': ...",
 *  "details": [{"value": 0.325, "description": "text: value 1.0000 × weight 0.3250; ...", ...}]}
 * }</pre>
 *
 * <p>The methods are thread-safe.
 */
public final class MatchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MatchJson() {}

  /**
   * An explanation tree as JSON, cut below {@code depth} levels (1 is the root alone; use {@link
   * Integer#MAX_VALUE} for the whole tree).
   */
  public static ObjectNode explanation(Explanation explanation, int depth) {
    ObjectNode node = JSON.createObjectNode();
    node.put("value", explanation.value());
    node.put("description", explanation.description());
    if (depth > 1 && !explanation.details().isEmpty()) {
      ArrayNode details = node.putArray("details");
      for (Explanation detail : explanation.details()) {
        details.add(explanation(detail, depth - 1));
      }
    }
    return node;
  }

  /**
   * A snippet as JSON: its {@code text}, its {@code highlights} as {@code [start, end)} character
   * pairs, and the text {@code marked} with square brackets.
   */
  public static ObjectNode snippet(Snippet snippet) {
    ObjectNode node = JSON.createObjectNode();
    node.put("text", snippet.text());
    ArrayNode highlights = node.putArray("highlights");
    for (Snippet.Highlight highlight : snippet.highlights()) {
      highlights.addArray().add(highlight.start()).add(highlight.end());
    }
    node.put("marked", snippet.toString());
    return node;
  }

  /**
   * A match as JSON: rank, startup id and name, score, fit and its reason, matched terms and areas,
   * score components, what is missing, the snippet when there is one, and the explanation to {@code
   * depth} levels.
   */
  public static ObjectNode match(Match match, int depth) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rank", match.rank());
    node.put("startup", match.startup().id());
    node.put("name", match.startup().name());
    node.put("score", match.score());
    node.put("fit", match.fit());
    node.put("fitReason", match.fitReason());
    ArrayNode terms = node.putArray("matchedTerms");
    match.matchedTerms().forEach(terms::add);
    ArrayNode areas = node.putArray("matchedAreas");
    match.matchedAreas().forEach(areas::add);
    ObjectNode components = node.putObject("scoreComponents");
    match.scoreComponents().forEach(components::put);
    ArrayNode missing = node.putArray("missing");
    match.missing().forEach(missing::add);
    match.snippet().ifPresent(s -> node.set("snippet", snippet(s)));
    node.set("explanation", explanation(match.explanation(), depth));
    return node;
  }

  /**
   * A unit match as JSON: rank, startup id and name, unit score, and per need its fit, rank and
   * contribution, with the unit explanation to {@code depth} levels.
   */
  public static ObjectNode unitMatch(UnitMatch match, int depth) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rank", match.rank());
    node.put("startup", match.startup().id());
    node.put("name", match.startup().name());
    node.put("score", match.score());
    ObjectNode needs = node.putObject("needs");
    for (Map.Entry<String, Double> contribution : match.contributions().entrySet()) {
      ObjectNode need = needs.putObject(contribution.getKey());
      Match needMatch = match.needMatches().get(contribution.getKey());
      need.put("fit", needMatch == null ? 0 : needMatch.score());
      if (needMatch != null) {
        need.put("rank", needMatch.rank());
      }
      need.put("contribution", contribution.getValue());
    }
    node.set("explanation", explanation(match.explanation(), depth));
    return node;
  }
}
