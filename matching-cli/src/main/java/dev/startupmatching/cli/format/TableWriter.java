package dev.startupmatching.cli.format;

import dev.startupmatching.match.Explanation;
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
 * A table per need that fits a 100-column terminal: rank, score, startup, the need's words and
 * areas it matched, and what it is missing; with {@code --explain}, each row's snippet and
 * explanation follow it. A unit's table shows each startup's fit to each need.
 *
 * <p>Every text from a profile or a need is written through {@link SafeText#oneLine}, so that
 * control characters such as terminal escape sequences and bidirectional overrides never reach the
 * terminal, and a tab or a line break in a name cannot break a row.
 */
public final class TableWriter implements ResultWriter {
  /** The width of a terminal line, in characters. */
  public static final int WIDTH = 100;

  private static final int NAME_WIDTH = 34;

  /** Levels of an explanation shown under a row with {@code --explain}: root, signals, clauses. */
  private static final int EXPLANATION_DEPTH = 3;

  private final Writer out;
  private final boolean explanations;
  private boolean first = true;

  /**
   * Writes tables to {@code out}.
   *
   * @param explanations whether each row is followed by its snippet and explanation tree
   */
  public TableWriter(Writer out, boolean explanations) {
    this.out = out;
    this.explanations = explanations;
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    if (!first) {
      out.write('\n');
    }
    first = false;
    String heading =
        need.id()
            + "  "
            + (need.title().isEmpty() ? firstLine(need.description()) : need.title())
            + need.unit().map(u -> "  [" + u + "]").orElse("");
    out.write(fit(heading, WIDTH) + '\n');
    if (matches.isEmpty()) {
      out.write(fit("    " + NoMatch.reason(matches), WIDTH) + '\n');
      return;
    }
    out.write("rank  fit  score  startup\n");
    for (Match match : matches) {
      String startup =
          pad(
              fit(match.startup().name() + " (" + match.startup().id() + ")", NAME_WIDTH),
              NAME_WIDTH);
      String row =
          String.format(
              Locale.ROOT,
              "%4d %4.0f%% %6.3f  %s  %s",
              match.rank(),
              100 * match.fit(),
              match.score(),
              startup,
              reason(match));
      out.write(fit(row, WIDTH) + '\n');
      if (!match.missing().isEmpty()) {
        out.write(fit("      missing: " + String.join("; ", match.missing()), WIDTH) + '\n');
      }
      if (explanations) {
        if (match.snippet().isPresent()) {
          out.write("      “" + SafeText.oneLine(match.snippet().get().toString()) + "”\n");
        }
        writeTree(match.explanation(), 3, EXPLANATION_DEPTH);
      }
    }
  }

  @Override
  public void writeFacets(Need need, FacetCounts counts) throws IOException {
    out.write(String.format(Locale.ROOT, "    %d startups found", counts.total()) + '\n');
    for (Facet facet : counts.facets()) {
      StringBuilder line = new StringBuilder("    " + facet.name().toLowerCase(Locale.ROOT) + ":");
      counts
          .counts(facet)
          .forEach(
              (value, count) ->
                  line.append(' ').append(value).append(" (").append(count).append(')'));
      out.write(fit(line.toString(), WIDTH) + '\n');
    }
  }

  @Override
  public void writeUnit(BusinessUnit unit, List<UnitMatch> matches) throws IOException {
    if (!first) {
      out.write('\n');
    }
    first = false;
    out.write(fit("unit " + unit.id() + "  " + unit.name(), WIDTH) + '\n');
    if (matches.isEmpty()) {
      out.write("    no startup matches the needs of this unit\n");
      return;
    }
    for (UnitMatch match : matches) {
      String startup =
          pad(
              fit(match.startup().name() + " (" + match.startup().id() + ")", NAME_WIDTH),
              NAME_WIDTH);
      String needs =
          match.needMatches().entrySet().stream()
              .sorted(
                  java.util.Map.Entry.<String, Match>comparingByValue(
                          java.util.Comparator.comparingDouble(Match::score))
                      .reversed())
              .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue().score()))
              .collect(java.util.stream.Collectors.joining(" · "));
      String row =
          String.format(
              Locale.ROOT, "%4d %8.3f  %s  needs: %s", match.rank(), match.score(), startup, needs);
      out.write(fit(row, WIDTH) + '\n');
      if (explanations) {
        writeTree(match.explanation(), 3, EXPLANATION_DEPTH + 1);
      }
    }
  }

  private void writeTree(Explanation node, int indent, int depth) throws IOException {
    writeTree(out, node, indent, depth);
  }

  /**
   * Writes an explanation as lines indented by two spaces a level, from {@code indent} levels, each
   * {@code value = description}, cut below {@code depth} levels. Descriptions, which may quote a
   * profile, are written through {@link SafeText#oneLine}: each stays on its line.
   */
  public static void writeTree(Writer out, Explanation node, int indent, int depth)
      throws IOException {
    out.write(
        " ".repeat(2 * indent)
            + String.format(Locale.ROOT, "%.4f = ", node.value())
            + SafeText.oneLine(node.description())
            + '\n');
    if (depth > 1) {
      for (Explanation detail : node.details()) {
        writeTree(out, detail, indent + 1, depth - 1);
      }
    }
  }

  /** The need's matched words, then its matched areas by the last part of their ids. */
  private static String reason(Match match) {
    String reason = "matched: " + String.join(", ", match.matchedTerms());
    if (!match.matchedAreas().isEmpty()) {
      reason +=
          "; areas: "
              + match.matchedAreas().stream()
                  .map(id -> id.substring(id.lastIndexOf('.') + 1))
                  .collect(java.util.stream.Collectors.joining(", "));
    }
    return reason;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /**
   * Cuts text to a width in terminal columns, marking the cut with an ellipsis. East Asian wide
   * characters, such as Chinese ones, take two columns. The text is first made safe with {@link
   * SafeText#oneLine}: control characters take no column, or move the cursor, and would make the
   * width wrong as well as act on the terminal.
   */
  public static String fit(String raw, int width) {
    String text = SafeText.oneLine(raw);
    if (displayWidth(text) <= width) {
      return text;
    }
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int columns = columns(codePoint);
      if (used + columns > width - 1) {
        break;
      }
      cut.appendCodePoint(codePoint);
      used += columns;
      i += Character.charCount(codePoint);
    }
    return cut.append('…').toString();
  }

  /** The number of terminal columns the text takes. */
  public static int displayWidth(String text) {
    return text.codePoints().map(TableWriter::columns).sum();
  }

  /** Pads text with spaces to a width in terminal columns. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - displayWidth(text)));
  }

  private static int columns(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    boolean wide =
        script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || script == Character.UnicodeScript.HANGUL
            || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation
            || (codePoint >= 0xFF01 && codePoint <= 0xFF60); // full-width forms
    return wide ? 2 : 1;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
