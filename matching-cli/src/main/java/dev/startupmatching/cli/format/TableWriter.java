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
final class TableWriter implements ResultWriter {
  static final int WIDTH = 100;
  private static final int NAME_WIDTH = 34;

  private final Writer out;
  private boolean first = true;

  TableWriter(Writer out) {
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
      String startup = fit(match.startup().name() + " (" + match.startup().id() + ")", NAME_WIDTH);
      String row =
          String.format(
              Locale.ROOT,
              "%4d %8.3f  %-" + NAME_WIDTH + "s  %s",
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

  /** Cuts text to a width in characters, marking the cut with an ellipsis. */
  static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
