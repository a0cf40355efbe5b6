package dev.startupmatching.cli.format;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.UnitMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV with a header row and RFC 4180 quoting: one row per match, with what the startup is missing
 * and its snippet (matched words in square brackets), plus the explanation as indented text with
 * {@code --explain}. Unit rankings put the unit in the first column and the per-need breakdown in
 * place of the terms.
 */
final class CsvWriter implements ResultWriter {
  private final Writer out;
  private final boolean explanations;
  private boolean headerWritten;

  /**
   * @param headerWritten whether the output already has its header row, as a resumed file does
   */
  CsvWriter(Writer out, boolean explanations, boolean headerWritten) {
    this.out = out;
    this.explanations = explanations;
    this.headerWritten = headerWritten;
  }

  @Override
  public void write(Need need, List<Match> matches) throws IOException {
    header(
        "need,rank,startup,name,score,matchedTerms,matchedAreas,missing,snippet"
            + (explanations ? ",explanation" : ""));
    for (Match match : matches) {
      List<String> row = new ArrayList<>();
      row.add(quote(need.id()));
      row.add(Integer.toString(match.rank()));
      row.add(quote(match.startup().id()));
      row.add(quote(match.startup().name()));
      row.add(String.format(Locale.ROOT, "%.6f", match.score()));
      row.add(quote(String.join(" ", match.matchedTerms())));
      row.add(quote(String.join(" ", match.matchedAreas())));
      row.add(quote(String.join("; ", match.missing())));
      row.add(quote(match.snippet().map(Object::toString).orElse("")));
      if (explanations) {
        row.add(quote(match.explanation().toString().stripTrailing()));
      }
      out.write(String.join(",", row) + "\r\n");
    }
  }

  @Override
  public void writeUnit(BusinessUnit unit, List<UnitMatch> matches) throws IOException {
    header("unit,rank,startup,name,score,needs" + (explanations ? ",explanation" : ""));
    for (UnitMatch match : matches) {
      String needs =
          match.contributions().entrySet().stream()
              .map(e -> breakdown(match, e))
              .collect(Collectors.joining(" "));
      List<String> row = new ArrayList<>();
      row.add(quote(unit.id()));
      row.add(Integer.toString(match.rank()));
      row.add(quote(match.startup().id()));
      row.add(quote(match.startup().name()));
      row.add(String.format(Locale.ROOT, "%.6f", match.score()));
      row.add(quote(needs));
      if (explanations) {
        row.add(quote(match.explanation().toString().stripTrailing()));
      }
      out.write(String.join(",", row) + "\r\n");
    }
  }

  /** {@code needId=fit}, the fit to four decimals, 0 for a need the startup did not rank for. */
  private static String breakdown(UnitMatch match, Map.Entry<String, Double> contribution) {
    Match needMatch = match.needMatches().get(contribution.getKey());
    return String.format(
        Locale.ROOT, "%s=%.4f", contribution.getKey(), needMatch == null ? 0.0 : needMatch.score());
  }

  private void header(String header) {
    if (!headerWritten) {
      headerWritten = true;
      try {
        out.write(header + "\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
