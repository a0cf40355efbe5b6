package dev.startupmatching.cli.format;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.unit.UnitMatch;
import java.io.IOException;
import java.io.StringWriter;
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
 *
 * <p>Every text cell is made safe for a spreadsheet and a terminal before it is quoted. Control
 * characters and bidirectional overrides are dropped, and tabs and line breaks become spaces (see
 * {@link SafeText#oneLine}); only the explanation keeps line breaks, the ones between its levels. A
 * text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading single quote, as OWASP's CSV injection guidance recommends: a spreadsheet would
 * otherwise run it as a formula, such as {@code =HYPERLINK(...)}. So that {@link #restore} can undo
 * this exactly, a text cell that begins with a single quote gets one more. The rank and score
 * cells, numbers this writer makes, are left as they are.
 */
final class CsvWriter implements ResultWriter {
  /**
   * The first characters that make a spreadsheet read a cell as a formula, after OWASP, and the
   * single quote that marks a neutralised cell.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r'";

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
        "need,rank,startup,name,score,fit,matchedTerms,matchedAreas,missing,snippet"
            + (explanations ? ",explanation" : ""));
    for (Match match : matches) {
      List<String> row = new ArrayList<>();
      row.add(cell(need.id()));
      row.add(Integer.toString(match.rank()));
      row.add(cell(match.startup().id()));
      row.add(cell(match.startup().name()));
      row.add(String.format(Locale.ROOT, "%.6f", match.score()));
      row.add(String.format(Locale.ROOT, "%.4f", match.fit()));
      row.add(cell(String.join(" ", match.matchedTerms())));
      row.add(cell(String.join(" ", match.matchedAreas())));
      row.add(cell(String.join("; ", match.missing())));
      row.add(cell(match.snippet().map(Object::toString).orElse("")));
      if (explanations) {
        row.add(treeCell(match.explanation()));
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
      row.add(cell(unit.id()));
      row.add(Integer.toString(match.rank()));
      row.add(cell(match.startup().id()));
      row.add(cell(match.startup().name()));
      row.add(String.format(Locale.ROOT, "%.6f", match.score()));
      row.add(cell(needs));
      if (explanations) {
        row.add(treeCell(match.explanation()));
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

  /** A text cell: made safe, neutralised and quoted. */
  static String cell(String text) {
    return quote(neutralise(SafeText.oneLine(text)));
  }

  /**
   * The explanation as indented lines, one a level, as {@link Explanation#toString} has it, each
   * made safe on its own so that the only line breaks left are those between the lines.
   */
  private static String treeCell(Explanation explanation) throws IOException {
    StringWriter tree = new StringWriter();
    TableWriter.writeTree(tree, explanation, 0, Integer.MAX_VALUE);
    return quote(neutralise(tree.toString().stripTrailing()));
  }

  /**
   * Prefixes a single quote to a text that a spreadsheet would take for a formula, or that begins
   * with a single quote itself; {@link #restore} undoes it.
   */
  static String neutralise(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /**
   * Returns the text a cell held before {@link #neutralise}, given the cell's unquoted value: since
   * every text that begins with a single quote is neutralised, a cell that begins with one was.
   */
  static String restore(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
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
