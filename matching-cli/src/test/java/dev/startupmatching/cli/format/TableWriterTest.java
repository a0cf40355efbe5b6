package dev.startupmatching.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Snippet;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private static final String EVIL = "\u001b]0;pwned\u0007Evil\u001b[2J\u202ECo";

  @Test
  void profileTextCannotSendEscapesOrBreakARow() throws Exception {
    Startup startup = Startup.builder("s1", EVIL + "\tLtd\r\nInc").description("lidar").build();
    Match match =
        Match.builder(startup, 1, 0.5)
            .matchedTerms(List.of("lidar"))
            .missing(List.of("a region\u001b[8m hidden"))
            .snippet(Snippet.of("lidar\u202E\nfor cars", List.of(new Snippet.Highlight(0, 5))))
            .explanation(
                Explanation.of(
                    0.5, "text", List.of(Explanation.of(0.5, "word '\u001b[1mlidar\u001b[0m'\nx"))))
            .build();
    Need need = Need.builder("n1", "first line\u001b[2J\nsecond line").unit("Unit\u0007 A").build();
    StringWriter out = new StringWriter();

    try (TableWriter table = new TableWriter(out, true)) {
      table.write(need, List.of(match));
    }

    String text = out.toString();
    assertThat(text).doesNotContain("\u001b", "\u0007", "\u202E", "\t", "\r");
    assertThat(text.lines())
        .containsExactly(
            "n1  first line[2J  [Unit A]",
            "rank  fit  score  startup",
            "   1    0%  0.500  ]0;pwnedEvil[2JCo Ltd  Inc (s1)     matched: lidar",
            "      missing: a region[8m hidden",
            "      “[lidar] for cars”",
            "      0.5000 = text",
            "        0.5000 = word '[1mlidar[0m' x")
        .allSatisfy(line -> assertThat(TableWriter.displayWidth(line)).isLessThanOrEqualTo(100));
  }

  @Test
  void fitMakesTextSafeBeforeMeasuringIt() {
    assertThat(TableWriter.fit("\u001b[2J" + "x".repeat(10), 10)).isEqualTo("[2Jxxxxxx…");
    assertThat(TableWriter.fit("a\u202Eb\nc", 10)).isEqualTo("ab c");
  }
}
