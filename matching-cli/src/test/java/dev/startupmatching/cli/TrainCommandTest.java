package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
  private static final Pattern LETOR_LINE =
      Pattern.compile("(\\d+) qid:(\\d+)((?: \\d+:[-+.eE0-9]+)+) # (\\S+) (\\S+)");

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void aSignalRegisteredThroughServiceLoaderIsComputed() {
    assertThat(Signals.registered()).extracting(s -> s.name()).contains("founded-after-2018");
  }

  @Test
  void rankLibAndSvmLightLogsParseWithNamedFeaturesAndLabelsFromTheQrels() throws Exception {
    for (String format : List.of("ranklib", "svmlight")) {
      Path log = dir.resolve(format + ".txt");

      Result result = run("features", "--format", format, "--output", log.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      List<String> lines = Files.readAllLines(log);
      List<String> names =
          lines.stream()
              .filter(l -> l.startsWith("# feature "))
              .map(l -> l.substring(l.indexOf(": ") + 2))
              .toList();
      assertThat(names).contains("text", "neighbourhood", "founded-after-2018");
      Set<String> needs = new HashSet<>();
      int previousQid = 0;
      int relevant = 0;
      for (String line : lines.subList(names.size(), lines.size())) {
        Matcher letor = LETOR_LINE.matcher(line);
        assertThat(letor.matches()).as(line).isTrue();
        int qid = Integer.parseInt(letor.group(2));
        assertThat(qid).isBetween(previousQid, previousQid + 1);
        previousQid = qid;
        String[] features = letor.group(3).trim().split(" ");
        assertThat(features).hasSize(names.size());
        for (int i = 0; i < features.length; i++) {
          assertThat(features[i]).startsWith((i + 1) + ":");
          assertThat(Double.parseDouble(features[i].substring(features[i].indexOf(':') + 1)))
              .isBetween(0.0, 1.0);
        }
        int label = Integer.parseInt(letor.group(1));
        assertThat(label)
            .isEqualTo(SampleData.qrels().grades(letor.group(4)).getOrDefault(letor.group(5), 0));
        relevant += label > 0 ? 1 : 0;
        needs.add(letor.group(4));
      }
      assertThat(needs).hasSize(SampleData.needs().size());
      assertThat(relevant).isPositive();
    }
  }

  @Test
  void csvAndJsonLinesNameTheColumns() throws Exception {
    Path csv = dir.resolve("f.csv");
    Path jsonl = dir.resolve("f.jsonl");

    run("features", "--format", "csv", "--output", csv.toString());
    run("features", "--format", "jsonl", "--output", jsonl.toString());

    assertThat(Files.readAllLines(csv).get(0))
        .startsWith("need,startup,label,text,neighbourhood")
        .endsWith("founded-after-2018");
    JsonNode row = new ObjectMapper().readTree(Files.readAllLines(jsonl).get(0));
    assertThat(row.get("features").has("founded-after-2018")).isTrue();
  }

  @Test
  void matchRanksWithATreeEnsembleThatRankLibSaved() throws Exception {
    // Feature 1 is text and 2 the neighbourhood, as the features command numbers them.
    Path ensemble = dir.resolve("lambdamart.txt");
    Files.writeString(
        ensemble,
        """
        ## LambdaMART
        <ensemble>
          <tree id="1" weight="0.5">
            <split>
              <feature> 1 </feature>
              <threshold> 0.5 </threshold>
              <split pos="left"><output> -1.0 </output></split>
              <split pos="right"><output> 1.0 </output></split>
            </split>
          </tree>
          <tree id="2" weight="0.1">
            <split>
              <feature> 2 </feature>
              <threshold> 0.01 </threshold>
              <split pos="left"><output> 3.0 </output></split>
              <split pos="right"><output> -3.0 </output></split>
            </split>
          </tree>
        </ensemble>
        """);
    Path run = dir.resolve("run.trec");

    Result match =
        run(
            "match",
            "--model-file",
            ensemble.toString(),
            "--format",
            "trec",
            "--top",
            "5",
            "--output",
            run.toString());

    assertThat(match.exitCode()).as(match.err()).isZero();
    List<String> lines = Files.readAllLines(run);
    assertThat(lines).isNotEmpty();
    // Each score is one tree's output plus the other's: -0.5 or 0.5, plus 0.3 or -0.3.
    assertThat(lines)
        .allSatisfy(
            line -> assertThat(Double.parseDouble(line.split(" ")[4])).isIn(-0.8, -0.2, 0.2, 0.8));
  }

  @Test
  void trainReportsCrossValidationAndWritesAModelThatMatchUses() throws Exception {
    Path model = dir.resolve("model.json");

    Result train = run("train", "--folds", "5", "--seed", "1", "--output", model.toString());

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out())
        .contains("5-fold cross-validation, nDCG@10 of")
        .contains("mean")
        .contains("trained on all");
    LinearScoringModel trained = LinearScoringModel.read(model);
    assertThat(trained.weights()).containsKey("founded-after-2018");
    assertThat(trained.weights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));

    Path run = dir.resolve("run.trec");
    Result match =
        run(
            "match",
            "--model-file",
            model.toString(),
            "--format",
            "trec",
            "--top",
            "3",
            "--min-fit",
            "0",
            "--output",
            run.toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(Files.readAllLines(run)).hasSize(3 * SampleData.needs().size());
  }
}
