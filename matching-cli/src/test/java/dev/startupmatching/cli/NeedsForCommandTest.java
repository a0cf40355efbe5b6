package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NeedsForCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  /** The startup's rank and score in each need's own top 100, by need id. */
  private static Map<String, Match> fitsByMatchingEachNeed(String startupId) {
    Map<String, Match> fits = new TreeMap<>();
    try (StartupMatcher matcher = Matching.builder().startups(SampleData.startups()).build()) {
      for (Need need : SampleData.needs()) {
        for (Match match :
            matcher.match(need, MatchOptions.builder().topK(100).minFit(0).build())) {
          if (match.startup().id().equals(startupId)) {
            fits.put(need.id(), match);
          }
        }
      }
    }
    return fits;
  }

  @Test
  void listsEveryNeedThatRanksTheStartupWithTheRankAndScoreOfThatRanking() throws Exception {
    String startupId = SampleData.startups().get(0).id();
    Map<String, Match> expected = fitsByMatchingEachNeed(startupId);

    Result result =
        run(
            "needs-for",
            "--startup",
            startupId,
            "--format",
            "jsonl",
            "--top",
            "1000",
            "--min-fit",
            "0");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> needLines = new ArrayList<>();
    List<JsonNode> unitLines = new ArrayList<>();
    for (String line : result.out().lines().toList()) {
      JsonNode node = JSON.readTree(line);
      (node.has("need") ? needLines : unitLines).add(node);
    }
    assertThat(needLines).hasSize(expected.size()).isNotEmpty();
    double previous = Double.MAX_VALUE;
    for (JsonNode line : needLines) {
      Match match = expected.get(line.get("need").asText());
      assertThat(match).as(line.toString()).isNotNull();
      assertThat(line.get("rank").asInt()).isEqualTo(match.rank());
      assertThat(line.get("score").asDouble()).isEqualTo(match.score());
      assertThat(line.get("score").asDouble()).isLessThanOrEqualTo(previous);
      assertThat(line.get("explanation").get("details")).isNotEmpty();
      previous = line.get("score").asDouble();
    }
    assertThat(unitLines).isNotEmpty().allSatisfy(u -> assertThat(u.has("unit")).isTrue());
    assertThat(result.err()).contains(startupId + " fits " + expected.size() + " of ");
  }

  @Test
  void theTableShowsRanksSignalsAndUnits() {
    String startupId = SampleData.startups().get(0).id();

    Result result = run("needs-for", "--startup", startupId, "--top", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("needs " + SampleData.startups().get(0).name() + " (" + startupId + ") fits")
        .contains("rank ")
        .contains("= text")
        .contains("units, by the max of their needs' fits");
  }

  @Test
  void anUnknownStartupIsAnInputErrorOfOneLine() {
    Result result = run("needs-for", "--startup", "no-such-startup");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .containsExactly(
            "error: no startup has id no-such-startup among the "
                + SampleData.startups().size()
                + " startups of the built-in example");
  }

  @Test
  void anUnknownStartupOfAnIndexIsAnInputErrorOfOneLine(@TempDir Path dir) {
    Path index = dir.resolve("index");
    assertThat(run("sample", "--export", dir.toString()).exitCode()).isZero();
    Result indexed =
        run(
            "index",
            "--startups",
            dir.resolve("startups.jsonl").toString(),
            "--index",
            index.toString());
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();

    Result result =
        run(
            "needs-for",
            "--index",
            index.toString(),
            "--needs",
            dir.resolve("needs.jsonl").toString(),
            "--startup",
            "no-such-startup");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err().lines())
        .containsExactly(
            "error: no startup has id no-such-startup among the "
                + SampleData.startups().size()
                + " startups of "
                + index);
  }

  @Test
  void aBlankStartupIdIsAUsageError() {
    Result result = run("needs-for", "--startup", " ");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--startup must not be blank");
  }
}
