package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.cli.format.TableWriter;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.io.ReadSummary;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path dir;

  private String run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void theDemoShowsEveryUnitAndNeedInAHundredColumns() {
    String out = run("demo");

    for (BusinessUnit unit : SampleData.units()) {
      assertThat(out).contains("■ " + unit.name());
    }
    for (Need need : SampleData.needs()) {
      assertThat(out).contains("  " + need.id() + "  ");
    }
    assertThat(out.lines())
        .allSatisfy(l -> assertThat(TableWriter.displayWidth(l)).isLessThanOrEqualTo(100));
    assertThat(out).containsPattern("over \\d+ needs:\n  nDCG@10 0\\.\\d{3};");
    // A need whose best fit is below the minimum says so, with the startup that fit best.
    assertThat(out).containsPattern("no startup fits this need well enough: the best, .+ has fit");
  }

  @Test
  void theTopStartupIsAJudgedFitForAtLeastFourFifthsOfTheNeeds() {
    String out = run("demo", "--top", "1");

    Matcher summary =
        Pattern.compile("top startup is a judged fit for (\\d+) of them").matcher(out);
    assertThat(summary.find()).isTrue();
    int fits = Integer.parseInt(summary.group(1));
    assertThat(fits).isGreaterThanOrEqualTo((int) Math.ceil(0.8 * SampleData.needs().size()));
  }

  @Test
  void theHtmlReportIsSelfContainedAndHasEveryNeed() throws Exception {
    Path report = dir.resolve("report.html");

    run("demo", "--html", report.toString());

    String html = Files.readString(report);
    for (Need need : SampleData.needs()) {
      assertThat(html).contains("id=\"need-" + need.id() + "\"");
    }
    assertThat(html).contains("class=\"bar\"", "nDCG@10");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html).doesNotContain("<link");
  }

  @Test
  void theExportedSampleReadsWithoutRejectsAndHasTheAdvertisedSizeAndLanguages() throws Exception {
    run("sample", "--export", dir.toString());

    assertThat(dir.resolve("qrels.txt")).exists();
    List<InputError> errors = new ArrayList<>();
    List<BusinessUnit> units = new ArrayList<>();
    List<Need> needs = new ArrayList<>();
    List<Startup> startups = new ArrayList<>();
    ReadSummary u =
        JsonLinesReader.units().read(dir.resolve("units.jsonl"), units::add, errors::add);
    ReadSummary n =
        JsonLinesReader.needs().read(dir.resolve("needs.jsonl"), needs::add, errors::add);
    ReadSummary s =
        JsonLinesReader.startups().read(dir.resolve("startups.jsonl"), startups::add, errors::add);
    assertThat(errors).isEmpty();
    assertThat(u.accepted()).isGreaterThanOrEqualTo(10);
    assertThat(n.accepted()).isGreaterThanOrEqualTo(40);
    assertThat(s.accepted()).isGreaterThanOrEqualTo(300);
    long chinese = startups.stream().filter(x -> x.languages().contains("zh")).count();
    long german = startups.stream().filter(x -> x.languages().contains("de")).count();
    assertThat(chinese).isGreaterThanOrEqualTo((long) Math.ceil(0.2 * startups.size()));
    assertThat(german).isGreaterThanOrEqualTo((long) Math.ceil(0.1 * startups.size()));
    assertThat(startups)
        .allSatisfy(
            x -> {
              assertThat(x.oneLiner()).isNotBlank();
              assertThat(x.stage()).isPresent();
              assertThat(x.readinessLevel()).isPresent();
              assertThat(x.city()).isPresent();
              assertThat(x.country()).isPresent();
              assertThat(x.teamSize()).isPresent();
              assertThat(x.foundedYear()).isPresent();
            });
  }
}
