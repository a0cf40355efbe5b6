package dev.startupmatching.cli.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Snippet;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CsvWriterTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";

  private static String write(Need need, Match match, boolean explanations) throws Exception {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = new CsvWriter(out, explanations, false)) {
      csv.write(need, List.of(match));
    }
    return out.toString();
  }

  private static Match match(Startup startup, double score) {
    return Match.builder(startup, 1, score).build();
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() throws Exception {
    Startup startup = Startup.builder("@s1", HYPERLINK).description("lidar").build();
    Match match =
        Match.builder(startup, 1, -0.25)
            .matchedTerms(List.of("+lidar", "cars"))
            .missing(List.of("-1 readiness level"))
            .snippet(Snippet.of("@mention lidar", List.of(new Snippet.Highlight(9, 14))))
            .build();

    String row = write(Need.builder("-n1", "lidar").build(), match, false).lines().toList().get(1);

    assertThat(row)
        .isEqualTo(
            "'-n1,1,'@s1,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-0.250000,0.0000,'+lidar"
                + " cars,,'-1 readiness level,'@mention [lidar]");
  }

  @Test
  void aCellStartingWithAQuoteGetsAnotherSoThatRestoringIsExact() {
    assertThat(CsvWriter.neutralise("'quoted")).isEqualTo("''quoted");
    assertThat(CsvWriter.neutralise("plain")).isEqualTo("plain");
    assertThat(CsvWriter.neutralise("")).isEmpty();
    assertThat(CsvWriter.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.neutralise("\rx")).isEqualTo("'\rx");
  }

  @Test
  void restoreUndoesNeutralise() {
    qt().forAll(
            lists()
                .of(
                    Generate.pick(
                        List.of("=", "+", "-", "@", "'", "\t", "\r", "a", "1", " ", "\"")))
                .ofSizeBetween(0, 6)
                .map(parts -> String.join("", parts)))
        .checkAssert(
            text -> {
              String cell = CsvWriter.neutralise(text);
              assertThat(CsvWriter.restore(cell)).isEqualTo(text);
              assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-");
              assertThat(cell).doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            });
  }

  @Test
  void controlCharactersAndBidiOverridesNeverReachTheFile() throws Exception {
    Startup startup =
        Startup.builder("s1", "\u001b]0;pwned\u0007Evil\u001b[2J\u202ECo\tLtd\nInc")
            .description("lidar")
            .build();

    String csv = write(Need.builder("n1", "lidar").build(), match(startup, 0.5), false);

    assertThat(csv.lines().toList().get(1))
        .isEqualTo("n1,1,s1,]0;pwnedEvil[2JCo Ltd Inc,0.500000,0.0000,,,,");
    assertThat(csv).doesNotContain("\u001b", "\u0007", "\u202E", "\t").doesNotContain("\n\"");
  }

  @Test
  void theExplanationKeepsOnlyTheLineBreaksBetweenItsLevels() throws Exception {
    Explanation explanation =
        Explanation.of(
            0.5,
            "sum of\nsignals",
            List.of(
                Explanation.of(0.25, "name '\u001b[31mRed\u001b[0m'"),
                Explanation.of(0.25, "=1+1\r\nline")));
    Match match =
        Match.builder(Startup.builder("s1", "Co").description("d").build(), 1, 0.5)
            .explanation(explanation)
            .build();

    String csv = write(Need.builder("n1", "d").build(), match, true);

    assertThat(csv)
        .endsWith(
            ",\"0.5000 = sum of signals\n"
                + "  0.2500 = name '[31mRed[0m'\n"
                + "  0.2500 = =1+1  line\"\r\n");
  }
}
