package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.cli.format.TableWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {
  @TempDir Path dir;

  /** The exit code and what the command wrote to standard error. */
  private record Result(int exitCode, String err) {}

  private Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return new Result(cli.execute(args), err.toString());
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path startups() throws Exception {
    return write(
        "startups.jsonl",
        "{\"id\":\"s1\",\"name\":\"Photon Scan\",\"description\":\"Solid-state lidar for cars.\"}",
        "{\"id\":\"s2\",\"name\":\"CellForge\",\"oneLiner\":\"Battery"
            + " cells\",\"description\":\"Battery management for electric"
            + " vehicles.\",\"industries\":[\"ignored\"]}",
        "{\"id\":\"s3\",\"name\":\"Lunchbox\",\"description\":\"Lunch, delivered.\"}");
  }

  @Test
  void trecFormatHasOneLinePerMatchWithRanksFromOne() throws Exception {
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"n1\",\"description\":\"lidar and battery for cars\"}",
            "{\"id\":\"n2\",\"unit\":\"Electrification\",\"title\":\"Cells\",\"description\":\"battery\"}");
    Path out = dir.resolve("run.txt");

    Result result =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--top",
            "2",
            "--format",
            "trec",
            "--output",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("n1 Q0 s\\d 1 \\d+\\.\\d{6} startup-match");
    assertThat(lines.get(1)).matches("n1 Q0 s\\d 2 \\d+\\.\\d{6} startup-match");
    assertThat(lines.get(2)).matches("n2 Q0 s2 1 \\d+\\.\\d{6} startup-match");
  }

  @Test
  void anOffsetListsTheNextPageWithItsRanks() throws Exception {
    Path needs =
        write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"lidar and battery for cars\"}");
    Path whole = dir.resolve("whole.txt");
    Path page = dir.resolve("page.txt");
    String[] common = {
      "match",
      "--startups",
      startups().toString(),
      "--needs",
      needs.toString(),
      "--min-fit",
      "0",
      "--format",
      "trec"
    };

    Result all = run(concat(common, "--top", "2", "--output", whole.toString()));
    Result second = run(concat(common, "--offset", "1", "--top", "1", "--output", page.toString()));

    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readAllLines(page)).containsExactly(Files.readAllLines(whole).get(1));
    assertThat(run(concat(common, "--offset", "-1")).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  private Path taggedStartups() throws Exception {
    return write(
        "tagged.jsonl",
        "{\"id\":\"t1\",\"name\":\"Volt\",\"description\":\"Battery recycling of lithium cells.\","
            + "\"tags\":[\"Recycling\"],\"stage\":\"seed\",\"foundedYear\":2019,\"fundingUsd\":1000000}",
        "{\"id\":\"t2\",\"name\":\"Ampere\",\"description\":\"Battery recycling plants for lithium"
            + " cells.\",\"tags\":[\"Batteries\"],\"stage\":\"series-a\",\"foundedYear\":2012}",
        "{\"id\":\"t3\",\"name\":\"Lunchbox\",\"description\":\"Lunch, delivered.\"}");
  }

  @Test
  void filtersFacetsAndSimilarStartupsReachTheOutput() throws Exception {
    Path startups = taggedStartups();
    Path needs = write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"battery recycling\"}");
    Path filtered = dir.resolve("filtered.jsonl");
    Path similar = dir.resolve("similar.jsonl");
    String[] common = {
      "match", "--startups", startups.toString(), "--min-fit", "0", "--format", "jsonl"
    };

    Result byTag =
        run(
            concat(
                common,
                "--needs",
                needs.toString(),
                "--tag",
                "recycling",
                "--founded-from",
                "2015",
                "--facets",
                "stage,tag",
                "--output",
                filtered.toString()));
    Result like = run(concat(common, "--similar-to", "t1", "--output", similar.toString()));

    assertThat(byTag.exitCode()).as(byTag.err()).isZero();
    List<String> lines = Files.readAllLines(filtered);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"startup\":\"t1\"");
    assertThat(lines.get(1))
        .contains("\"total\":1", "\"stage\":{\"seed\":1}", "\"tag\":{\"recycling\":1}");
    assertThat(like.exitCode()).as(like.err()).isZero();
    assertThat(Files.readAllLines(similar))
        .singleElement()
        .asString()
        .contains("\"need\":\"like:t1\"", "\"startup\":\"t2\"");
  }

  @Test
  void facetsNeedAFormatThatCarriesThemAndBoundsMustBeInOrder() throws Exception {
    Path needs = write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"battery\"}");
    String[] common = {"match", "--startups", taggedStartups().toString()};
    String[] matching = concat(common, "--needs", needs.toString());

    assertThat(run(concat(matching, "--facets", "stage", "--format", "csv")).err())
        .contains("cannot carry facet counts");
    Result reversed = run(concat(matching, "--founded-from", "2020", "--founded-to", "2010"));
    assertThat(reversed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(reversed.err()).contains("foundedFrom 2020 is after foundedTo 2010");
    assertThat(run(concat(common, "--similar-to", "nope")).err())
        .contains("no startup has id nope");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void csvAndJsonlCarryTheMatchedTerms() throws Exception {
    Path needs = write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"battery, \\\"cells\\\"\"}");
    Path csv = dir.resolve("out.csv");
    Path jsonl = dir.resolve("out.jsonl");

    assertThat(
            run(
                    "match",
                    "--startups",
                    startups().toString(),
                    "--needs",
                    needs.toString(),
                    "--format",
                    "csv",
                    "--output",
                    csv.toString())
                .exitCode())
        .isZero();
    assertThat(
            run(
                    "match",
                    "--startups",
                    startups().toString(),
                    "--needs",
                    needs.toString(),
                    "--format",
                    "jsonl",
                    "--output",
                    jsonl.toString())
                .exitCode())
        .isZero();

    assertThat(Files.readAllLines(csv))
        .hasSize(2)
        .first()
        .isEqualTo("need,rank,startup,name,score,fit,matchedTerms,matchedAreas,missing,snippet");
    assertThat(Files.readAllLines(csv).get(1))
        .startsWith("n1,1,s2,CellForge,")
        .contains(",battery cells,");
    assertThat(Files.readString(jsonl))
        .contains(
            "\"need\":\"n1\"",
            "\"startup\":\"s2\"",
            "\"matchedTerms\":[\"battery\",\"cells\"]",
            "\"matchedAreas\":[",
            "\"explanation\"");
  }

  @Test
  void theBuiltInExampleRunsWithoutFiles() throws Exception {
    Path out = dir.resolve("table.txt");

    Result result = run("match", "--top", "3", "--output", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    String table = Files.readString(out);
    assertThat(table).contains("matched:");
    assertThat(table.lines())
        .allSatisfy(line -> assertThat(TableWriter.displayWidth(line)).isLessThanOrEqualTo(100));
  }

  @Test
  void aBadRecordIsSkippedWithFileLineAndFieldUnlessStrict() throws Exception {
    Path bad =
        write(
            "bad.jsonl",
            "{\"id\":\"s1\",\"name\":\"Photon Scan\",\"description\":\"lidar\"}",
            "{\"id\":\"s2\",\"name\":\"Broken\",\"description\":\"lidar\",\"readinessLevel\":12}");
    Path needs = write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"lidar\"}");
    Path out = dir.resolve("run.txt");

    Result lenient =
        run(
            "match",
            "--startups",
            bad.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--output",
            out.toString());
    Result strict =
        run(
            "match",
            "--strict",
            "--startups",
            bad.toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec");

    // The good records are used, and the exit code tells a script that some were not.
    assertThat(lenient.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(lenient.err()).contains("bad.jsonl:2", "readinessLevel");
    assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains(" s1 "));
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(strict.err()).contains("bad.jsonl:2", "readinessLevel").doesNotContain("\tat ");
  }

  @Test
  void hostileNeedsGetARankedListOrOneLineError() throws Exception {
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"syntax\",\"description\":\"\\\"(AND OR* ?~ \\\\\\\"\"}",
            "{\"id\":\"stop\",\"title\":\"The\",\"description\":\"it is to be, or not to be: that"
                + " is the\"}",
            "{\"id\":\"long\",\"description\":\"" + "lidar battery ".repeat(8000) + "\"}");
    Path out = dir.resolve("run.txt");

    Result result =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--format",
            "trec",
            "--output",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .doesNotContain("Exception")
        .contains("need syntax: no startup matches", "need stop: no startup matches");
    assertThat(Files.readAllLines(out))
        .allSatisfy(l -> assertThat(l).startsWith("long Q0 "))
        .hasSize(2);
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    assertThat(run("match", "--top", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--model", "magic").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--format", "trec", "--explain").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--candidates", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--by-unit", "--aggregate", "median").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--units", "u.jsonl").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "--startups", startups().toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void explainAddsTheTreeToEveryFormatThatCanCarryIt() throws Exception {
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"n1\",\"description\":\"battery management\","
                + "\"requiredAreas\":[\"automated-driving.lidar\"]}");
    for (String format : List.of("table", "csv", "jsonl")) {
      Path out = dir.resolve("explained." + format);
      Result result =
          run(
              "match",
              "--startups",
              startups().toString(),
              "--needs",
              needs.toString(),
              "--format",
              format,
              "--explain",
              "--output",
              out.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(Files.readString(out))
          .as(format)
          .contains("text: value", "× weight", "from the need's word 'battery'")
          .contains("the required area 'Lidar'")
          .contains("[Battery]");
    }
  }

  @Test
  void byUnitRanksAcrossTheUnitsNeedsWithABreakdown() throws Exception {
    Path units =
        write(
            "units.jsonl",
            "{\"id\":\"ad\",\"name\":\"Autonomous Driving\"}",
            "{\"id\":\"idle\",\"name\":\"Idle\"}");
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"n1\",\"unit\":\"ad\",\"description\":\"lidar\"}",
            "{\"id\":\"n2\",\"unit\":\"Autonomous Driving\",\"description\":\"battery\"}");
    Path out = dir.resolve("units.jsonl.out");

    Result result =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--units",
            units.toString(),
            "--by-unit",
            "--aggregate",
            "mean",
            "--format",
            "jsonl",
            "--output",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("unit idle has no needs", "ranked 1 units by the mean");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines)
        .allSatisfy(
            l -> assertThat(l).contains("\"unit\":\"ad\"", "\"needs\":{", "fit to unit ad"));
    assertThat(lines.get(0)).contains("\"n1\":{\"fit\"").contains("\"n2\":{\"fit\"");
  }

  @Test
  void aModelFileChangesTheWeightsAndABadOneNamesItsLine() throws Exception {
    Path needs = write("needs.jsonl", "{\"id\":\"n1\",\"description\":\"battery lidar\"}");
    Path model = write("model.json", "{\"name\": \"text-only\",", "\"weights\": {\"text\": 1}}");
    Path bad = write("bad.json", "{\"weights\": {", "\"text\": \"lots\"}}");
    Path out = dir.resolve("out.jsonl");

    Result good =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--model-file",
            model.toString(),
            "--format",
            "jsonl",
            "--output",
            out.toString());
    Result broken =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--model-file",
            bad.toString());

    assertThat(good.exitCode()).as(good.err()).isZero();
    assertThat(Files.readAllLines(out).get(0))
        .contains(
            "\"score\":1.0", "score by model 'text-only'", "\"scoreComponents\":{\"text\":1.0}");
    assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(broken.err()).contains("bad.json:2", "weights.text", "expected a number");
  }

  @Test
  void aMissingFileIsBadInput() {
    Result result =
        run(
            "match",
            "--startups",
            dir.resolve("nope.jsonl").toString(),
            "--needs",
            dir.resolve("nope2.jsonl").toString());

    // Every path is checked before anything is read or indexed.
    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo("error: --startups: no such file: " + dir.resolve("nope.jsonl") + "\n");
  }

  @Test
  void tagListsTheAreasATextMentionsWithOffsets() {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));

    int exitCode = cli.execute("tag", "Wir", "suchen", "Batterierecycling", "und", "激光雷达");

    assertThat(exitCode).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            "11-28\tBatterierecycling\telectrification.battery.recycling\tBattery recycling",
            "33-37\t激光雷达\tautomated-driving.lidar\tLidar");
  }

  @Test
  void aTaxonomyFileExtendsTheBuiltInAreas() throws Exception {
    Path taxonomy =
        write(
            "areas.json",
            "{\"version\": \"ours-1\", \"languages\": [\"en\"], \"areas\": [",
            "  {\"id\": \"automated-driving.lidar.flash\", \"parent\":"
                + " \"automated-driving.lidar\",",
            "   \"labels\": {\"en\": \"Flash lidar\"}, \"synonyms\": {\"en\": [\"photon burst\"]}}",
            "]}");
    Path broken =
        write(
            "broken.json",
            "{\"version\": \"x\", \"areas\": [{\"id\": \"a\", \"parent\": \"nope\", \"labels\":"
                + " {\"en\": \"A\"}}]}");
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("tag", "--taxonomy", taxonomy.toString(), "A photon burst camera"))
        .isZero();
    assertThat(out.toString()).contains("automated-driving.lidar.flash\tFlash lidar");
    Result bad = run("tag", "--taxonomy", broken.toString(), "text");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("broken.json:1", "areas[0].parent", "'nope'");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help").exitCode()).isZero();
    assertThat(run("match", "--help").exitCode()).isZero();
    assertThat(run("tag", "--help").exitCode()).isZero();
  }

  @Test
  void aNeedThatNothingFitsHasNoMatchAndSaysWhyInEveryFormat() throws Exception {
    Path needs =
        write(
            "needs.jsonl",
            "{\"id\":\"n1\",\"description\":\"solid-state lidar for cars\"}",
            "{\"id\":\"n2\",\"description\":\"We need a chimney sweep to clean the boiler chimneys"
                + " of our test centre before winter, while the cars stay parked outside.\"}");
    Path table = dir.resolve("table.txt");
    Path jsonl = dir.resolve("matches.jsonl");

    Result asTable =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--output",
            table.toString());
    Result asJsonl =
        run(
            "match",
            "--startups",
            startups().toString(),
            "--needs",
            needs.toString(),
            "--format",
            "jsonl",
            "--output",
            jsonl.toString());

    assertThat(asTable.exitCode()).as(asTable.err()).isZero();
    assertThat(Files.readString(table))
        .contains("Photon Scan (s1)", "no startup fits this need well enough: the best,");
    assertThat(asJsonl.exitCode()).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines.get(0)).contains("\"need\":\"n1\"", "\"fit\":");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"need\":\"n2\",\"noMatch\":"));
  }

  @Test
  void minFitMustBeAProbability() throws Exception {
    Result result = run("match", "--min-fit", "1.5");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--min-fit must be between 0 and 1 but was 1.5");
  }
}
