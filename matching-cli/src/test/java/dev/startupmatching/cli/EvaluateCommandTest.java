package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out) {}

  private Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return new Result(cli.execute(args), out.toString());
  }

  @Test
  void scoresARunAgainstQrelsPerNeedAndInTheMean() throws Exception {
    Path qrels = Files.writeString(dir.resolve("q.txt"), "a 0 s1 2\na 0 s2 1\nb 0 s3 1\n");
    Path run =
        Files.writeString(
            dir.resolve("r.txt"), "a Q0 s2 1 3.0 t\na Q0 s1 2 2.0 t\nb Q0 s9 1 1.0 t\n");

    Result result =
        run("evaluate", "--run", run.toString(), "--qrels", qrels.toString(), "--per-need");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "a ndcg@10=0.7967 p@10=0.2000 r@100=1.0000 mrr=1.0000 map=1.0000",
            "b ndcg@10=0.0000 p@10=0.0000 r@100=0.0000 mrr=0.0000 map=0.0000",
            "queries=2 ndcg@10=0.3984 p@10=0.1000 r@100=0.5000 mrr=0.5000 map=0.5000");
  }

  @Test
  void ranksAndScoresTheBuiltInExampleAndWritesTheRun() {
    Path runOutput = dir.resolve("run.txt");

    Result result = run("evaluate", "--top", "20", "--run-output", runOutput.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("queries=44 ndcg@10=0\\.\\d{4} p@10=.*\\n");
    assertThat(runOutput).exists();
    assertThat(run("evaluate", "--run", runOutput.toString(), "--qrels", "nope.txt").exitCode())
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void ownDataNeedsQrelsAndARunExcludesRanking() throws Exception {
    Path file = Files.writeString(dir.resolve("x.jsonl"), "");

    assertThat(
            run("evaluate", "--startups", file.toString(), "--needs", file.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            run(
                    "evaluate",
                    "--run",
                    file.toString(),
                    "--startups",
                    file.toString(),
                    "--needs",
                    file.toString(),
                    "--qrels",
                    file.toString())
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("evaluate", "--model", "magic").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
