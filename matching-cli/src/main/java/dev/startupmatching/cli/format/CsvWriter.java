package dev.startupmatching.cli.format;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** CSV with a header row and RFC 4180 quoting: one row per match. */
final class CsvWriter implements ResultWriter {
  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
    try {
      out.write("need,rank,startup,name,score,matchedTerms,matchedAreas\r\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    for (Match match : matches) {
      out.write(
          String.join(
                  ",",
                  quote(need.id()),
                  Integer.toString(match.rank()),
                  quote(match.startup().id()),
                  quote(match.startup().name()),
                  String.format(Locale.ROOT, "%.6f", match.score()),
                  quote(String.join(" ", match.matchedTerms())),
                  quote(String.join(" ", match.matchedAreas())))
              + "\r\n");
    }
  }

  /** Quotes a value when it holds a comma, a quote or a line break, doubling inner quotes. */
  static String quote(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
