package dev.startupmatching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startupmatching.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  @TempDir Path dir;

  private static Qrels qrels(String text) throws Exception {
    return Qrels.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "q.txt");
  }

  private static Run run(String text) throws Exception {
    return Run.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.txt");
  }

  @Test
  void metricsOfAHandCheckedRanking() throws Exception {
    Qrels qrels = qrels("n 0 a 2\nn 0 b 1\nn 0 c 0\nn 0 d 1\n");
    Run run = run("n Q0 x 1 9 t\nn Q0 a 2 8 t\nn Q0 c 3 7 t\nn Q0 b 4 6 t\n");

    Map<String, Double> m = Evaluation.of(qrels, run).perNeed().get("n");

    // DCG = 3/log2(3) + 1/log2(5); ideal = 3/1 + 1/log2(3) + 1/log2(4).
    double dcg = 3 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(5) / Math.log(2));
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
    assertThat(m.get("ndcg@10")).isCloseTo(dcg / ideal, within(1e-12));
    assertThat(m.get("p@10")).isCloseTo(0.2, within(1e-12));
    assertThat(m.get("r@100")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.get("mrr")).isCloseTo(0.5, within(1e-12));
    assertThat(m.get("map")).isCloseTo((1.0 / 2 + 2.0 / 4) / 3, within(1e-12));
  }

  @Test
  void runsAreOrderedByScoreThenRankThenIdDescending() throws Exception {
    Run run = run("n Q0 a 3 1.0 t\nn Q0 b 1 1.0 t\nn Q0 c 1 1.0 t\nn Q0 d 9 5.0 t\n");

    assertThat(run.ranking("n")).containsExactly("d", "c", "b", "a");
  }

  @Test
  void aJudgedNeedMissingFromTheRunScoresZero() throws Exception {
    Evaluation evaluation = Evaluation.of(qrels("n 0 a 1\nm 0 b 1\n"), run("n Q0 a 1 1 t\n"));

    assertThat(evaluation.perNeed().get("m").values()).containsOnly(0.0);
    assertThat(evaluation.means().get("mrr")).isEqualTo(0.5);
    assertThat(evaluation.summary()).startsWith("queries=2 ndcg@10=0.5000 p@10=0.0500");
  }

  @Test
  void malformedRunLinesNameTheLineAndField() {
    assertThatThrownBy(() -> run("n Q0 a 1 1 t\nn Q0 b two 1 t\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("r.txt:2")
        .hasMessageContaining("rank");
    assertThatThrownBy(() -> run("n Q0 a 1 high t\n")).hasMessageContaining("score");
    assertThatThrownBy(() -> run("n Q0 a\n")).hasMessageContaining("r.txt:1");
  }

  @Test
  void runLinesWithExtraColumnsOrIdsThatAreNoIdsNameTheLineAndField() {
    assertThatThrownBy(() -> run("n Q0 a 1 1 t\nn Q0 b 2 1 t extra\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "r.txt:2: expected 'needId Q0 startupId rank score [runTag]' but found 7 columns");
    // A no-break space or a line separator splits no column here but would in other readers.
    assertThatThrownBy(() -> run("n Q0 a 1 1 t\nn Q0 a\u00A0b 2 1 t\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "r.txt:2: field 'startupId': startupId must not contain whitespace or control"
                + " characters but has U+00A0 at character 2");
    assertThatThrownBy(() -> run("n\u2028m Q0 a 1 1 t\n"))
        .hasMessage(
            "r.txt:1: field 'needId': needId must not contain whitespace or control characters"
                + " but has U+2028 at character 2");
    assertThatThrownBy(() -> run("n Q0 a\u001B[2J 1 1 t\n"))
        .hasMessageStartingWith("r.txt:1: field 'startupId': ")
        .hasMessageContaining("U+001B at character 2");
    assertThatThrownBy(() -> run("n Q0 a 1 NaN t\n"))
        .hasMessage("r.txt:1: field 'score': not a finite number: 'NaN'");
  }

  @Test
  void aRunListingAStartupTwiceForANeedIsMalformed() throws Exception {
    Qrels qrels = qrels("n 0 a 2\nn 0 b 1\nn 0 c 1\n");

    // Counted at each place, a repeated relevant startup would score above a perfect ranking.
    assertThatThrownBy(() -> run("n Q0 a 1 3 t\nm Q0 a 1 3 t\nn Q0 a 2 2 t\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "r.txt:3: field 'startupId': startup 'a' is listed twice for need 'n', first on line"
                + " 1");
    assertThat(Evaluation.of(qrels, run("n Q0 a 1 3 t\nn Q0 b 2 2 t\nn Q0 c 3 1 t\n")).means())
        .containsEntry("ndcg@10", 1.0);
  }

  @Test
  void qrelsWithIdsThatAreNoIdsNameTheLineAndField() {
    assertThatThrownBy(() -> qrels("n 0 a 1\nn 0 a\u3000b 1\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "q.txt:2: field 'startupId': startupId must not contain whitespace or control"
                + " characters but has U+3000 at character 2");
    assertThatThrownBy(() -> qrels("\u202En 0 a 1\n"))
        .hasMessageStartingWith("q.txt:1: field 'needId': ")
        .hasMessageContaining("U+202E at character 1");
  }

  @Test
  void aRunLineRefusesIdsThatWouldAddColumnsOrLines() {
    assertThat(Run.line("n1", "s-1", 1, 0.5, "tag")).isEqualTo("n1 Q0 s-1 1 0.500000 tag\n");
    assertThatThrownBy(
            () -> Run.line("n1", "a 9 1.0 t\nN1 Q0 injected 1 100.0 t\nN1 Q0 b", 1, 0.5, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "startupId must not contain whitespace or control characters but has U+0020 at"
                + " character 2");
    assertThatThrownBy(() -> Run.line("n\r1", "s-1", 1, 0.5, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("needId must not contain");
    assertThatThrownBy(() -> Run.line("n1", "", 1, 0.5, "t"))
        .hasMessage("startupId must not be empty");
    assertThatThrownBy(() -> Run.line("n1", "s-1", 1, 0.5, "two words"))
        .hasMessage("run tag must be one word but was 'two words'");
    assertThatThrownBy(() -> Run.checkRunTag("tag\u2028"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writingRenumbersRanksInTrecOrder() throws Exception {
    Run run = run("n Q0 a 7 1.5 x\nn Q0 b 3 2.5 x\n");
    StringWriter out = new StringWriter();

    run.write(out, "tag");

    assertThat(out.toString()).isEqualTo("n Q0 b 1 2.500000 tag\nn Q0 a 2 1.500000 tag\n");
  }

  private static boolean canRun(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * The metrics agree with the reference scorer to 4 decimals, per need and in the mean, on a
   * random run over the development judgments with ties and unjudged startups. Skipped without
   * {@code ../shared} or Python.
   */
  @Test
  void agreesWithTheReferenceScorer() throws Exception {
    Path shared = Path.of(System.getProperty("startupmatching.shared", "../../shared"), "eval");
    Path qrelsFile = shared.resolve("dev-qrels.txt");
    assumeTrue(Files.isRegularFile(qrelsFile), "shared judgments absent, skipping");
    assumeTrue(canRun("python3", "--version"), "python3 absent, skipping");
    Qrels qrels = Qrels.read(qrelsFile);
    Random random = new Random(42);
    Map<String, List<Run.Entry>> entries = new HashMap<>();
    for (String need : qrels.needIds()) {
      List<String> pool = new ArrayList<>(qrels.grades(need).keySet());
      for (int i = 0; i < 1000; i++) {
        pool.add("unjudged-" + i);
      }
      Collections.shuffle(pool, random);
      List<Run.Entry> ranked = new ArrayList<>();
      for (int rank = 1; rank <= Math.min(1200, pool.size()); rank++) {
        // Coarse scores make ties, which the ordering rules must settle alike.
        double score = Math.round(random.nextDouble() * 40) / 4.0;
        ranked.add(new Run.Entry(pool.get(rank - 1), rank, score));
      }
      entries.put(need, ranked);
    }
    Run run = Run.of(entries);
    Path runFile = dir.resolve("run.txt");
    try (var out = Files.newBufferedWriter(runFile)) {
      run.write(out, "random");
    }

    Process python =
        new ProcessBuilder(
                "python3",
                shared.resolve("score_run.py").toString(),
                qrelsFile.toString(),
                runFile.toString(),
                "--per-query")
            .redirectErrorStream(true)
            .start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(python.exitValue()).as(output).isZero();

    Evaluation evaluation = Evaluation.of(qrels, Run.read(runFile));
    List<String> expected = output.lines().toList();
    List<String> actual = new ArrayList<>(evaluation.needLines());
    actual.add(evaluation.summary());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }
}
