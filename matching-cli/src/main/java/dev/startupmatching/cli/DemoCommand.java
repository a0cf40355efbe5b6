package dev.startupmatching.cli;

import dev.startupmatching.cli.demo.DemoRun;
import dev.startupmatching.cli.demo.HtmlReport;
import dev.startupmatching.cli.demo.Reasons;
import dev.startupmatching.cli.format.TableWriter;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match demo}: the built-in example, unit by unit, need by need. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Matches the built-in example: a carmaker's business units, their needs and a cohort of"
          + " startups in English, German, Chinese and Italian.",
      "Prints each unit, then each need's top startups with a score and a one-line reason, and"
          + " the ranking quality against the example's judgments."
    })
final class DemoCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "5",
      description = "Startups per need, 1 to 50 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write a self-contained HTML report with a bar per score component.")
  Path html;

  @Override
  public void checkUsage() {
    if (top < 1 || top > 50) {
      throw new ParameterException(
          spec.commandLine(), "--top must be between 1 and 50 but was " + top);
    }
  }

  @Override
  public Integer call() throws Exception {
    Qrels qrels = SampleData.qrels();
    Taxonomy taxonomy = Taxonomy.builtIn();
    DemoRun run;
    try (StartupMatcher matcher =
        Matching.builder().startups(SampleData.startups()).taxonomy(taxonomy).build()) {
      run = DemoRun.run(matcher, SampleData.units(), SampleData.needs(), qrels, top);
    }
    Reasons reasons = new Reasons(taxonomy);
    print(run, reasons, spec.commandLine().getOut());
    if (html != null) {
      OutputFile.write(html, new HtmlReport(reasons, top).render(run));
      spec.commandLine().getErr().println("wrote " + html);
    }
    return ExitCodes.OK;
  }

  private void print(DemoRun run, Reasons reasons, PrintWriter out) {
    for (DemoRun.UnitResult unit : run.units()) {
      out.println(
          TableWriter.fit(
              "■ " + unit.unit().name() + " — " + unit.unit().description(), TableWriter.WIDTH));
      for (DemoRun.NeedResult result : unit.needs()) {
        Need need = result.need();
        out.println(
            TableWriter.fit(
                "  "
                    + need.id()
                    + "  "
                    + (need.title().isEmpty() ? need.description() : need.title()),
                TableWriter.WIDTH));
        for (Match match : result.matches().subList(0, Math.min(top, result.matches().size()))) {
          String startup = TableWriter.pad(TableWriter.fit(match.startup().name(), 26), 26);
          String line =
              String.format(
                  Locale.ROOT,
                  "   %d %6.2f  %s  %s",
                  match.rank(),
                  match.score(),
                  startup,
                  reasons.line(need, match));
          out.println(TableWriter.fit(line, TableWriter.WIDTH));
        }
        if (result.matches().isEmpty()) {
          out.println(
              TableWriter.fit(
                  "     " + result.matches().noMatchReason().orElseThrow(), TableWriter.WIDTH));
        }
      }
      out.println();
    }
    out.println("Cohort: 12 places, 2 pilots per unit, at least 40% from China, fit 0.5 or more");
    CohortCommand.writeTable(out, run.cohort(), run.greedyCohort());
    out.println();
    out.printf(
        Locale.ROOT,
        "Ranking quality against the example's judgments, over %d needs:%n"
            + "  nDCG@10 %.3f; the top startup is a judged fit for %d of them.%n",
        run.needs().size(),
        run.meanNdcgAt10(),
        run.topRelevantCount());
    out.flush();
  }
}
