package dev.startupmatching.cli.format;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A table per need that fits a 100-column terminal: rank, score, startup, and the need's words and
 * areas it matched.
 */
public final class TableWriter implements ResultWriter {
  /** The width of a terminal line, in characters. */
  public static final int WIDTH = 100;

  private static final int NAME_WIDTH = 34;

  private final Writer out;
  private boolean first = true;

  /** Writes tables to {@code out}. */
  public TableWriter(Writer out) {
    this.out = out;
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
      out.write("    no startup matches the words of this need\n");
      return;
    }
    for (Match match : matches) {
      String startup =
          pad(
              fit(match.startup().name() + " (" + match.startup().id() + ")", NAME_WIDTH),
              NAME_WIDTH);
      String row =
          String.format(
              Locale.ROOT,
              "%4d %8.3f  %s  %s",
              match.rank(),
              match.score(),
              startup,
              reason(match));
      out.write(fit(row, WIDTH) + '\n');
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
   * characters, such as Chinese ones, take two columns.
   */
  public static String fit(String text, int width) {
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
