package dev.startupmatching.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.batch.NeedFit;
import dev.startupmatching.batch.ReverseMatcher;
import dev.startupmatching.batch.UnitFit;
import dev.startupmatching.cli.format.SafeJson;
import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.cli.format.TableWriter;
import dev.startupmatching.internal.io.MatchJson;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.unit.Aggregation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match needs-for}: the needs and business units one startup fits. */
@Command(
    name = "needs-for",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the needs one startup fits, best fit first, with its rank and score in each need's"
          + " own ranking and why, then the business units those needs belong to.",
      "Without --startups and --needs it runs on the built-in example."
    })
final class NeedsForCommand implements Callable<Integer>, UsageChecked {
  private static final ObjectMapper JSON = SafeJson.mapper();

  /** Levels of an explanation shown in the table: root and signals. */
  private static final int TABLE_DEPTH = 2;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Mixin ModelOption model;

  @Option(
      names = "--startup",
      paramLabel = "ID",
      required = true,
      description = "The startup's id.")
  String startupId;

  @Option(
      names = "--units",
      paramLabel = "FILE",
      description =
          "Business units, one JSON object per line, to list the units the startup fits (default"
              + " with the built-in example: its units; otherwise no unit list).")
  Path units;

  @Option(
      names = "--depth",
      paramLabel = "D",
      defaultValue = "" + ReverseMatcher.DEFAULT_DEPTH,
      description =
          "A startup fits a need that ranks it within its first D (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "20",
      description = "Needs listed at most (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--explain",
      description = "Show each fit's full explanation tree (table: its signals only).")
  boolean fullExplanations;

  @Option(
      names = "--aggregate",
      paramLabel = "HOW",
      defaultValue = "max",
      description =
          "How a unit's fit combines its needs' fits: max or mean (default: ${DEFAULT-VALUE}).")
  String aggregate;

  @Mixin ThreadsOption threadsOption;

  @Mixin MinFitOption minFit;

  private int threads;
  private Aggregation aggregation;

  @Override
  public void checkUsage() {
    input.validate(spec, index.directory);
    model.checkUsage(spec);
    minFit.validated(spec);
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new ParameterException(
          spec.commandLine(), "--format must be table or jsonl but was " + format);
    }
    if (depth < 1 || depth > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--depth must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + depth);
    }
    if (startupId.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--startup must not be blank");
    }
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1 but was " + top);
    }
    threads = threadsOption.validated(spec);
    try {
      aggregation = Aggregation.named(aggregate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--aggregate: " + e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<Need> needs = input.readNeeds(err);
    List<BusinessUnit> businessUnits =
        units != null
            ? input.read(JsonLinesReader.units(), units, err)
            : input.startups == null && index.directory == null ? SampleData.units() : List.of();
    ProgressBar progress = ProgressBar.onStandardError(err);
    Startup startup;
    List<NeedFit> all;
    List<NeedFit> fits;
    try (Matchers.Opened opened = Matchers.open(input, index, taxonomy, model, spec, err)) {
      ReverseMatcher reverse =
          ReverseMatcher.of(opened.matcher(), depth, threads).withMinFit(minFit.minFit);
      try {
        all = reverse.needsFor(startupId, needs, progress);
      } catch (IllegalArgumentException e) {
        // The id is checked for blanks and the needs' ids are distinct as read, so what the
        // library refuses is an id that none of the startups has.
        throw new BadInputException(unknownStartup(e.getMessage(), opened));
      }
      progress.clear();
      fits = reverse.explain(all.subList(0, Math.min(top, all.size())));
      startup =
          opened
              .matcher()
              .startup(startupId)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          unknownStartup("no startup has id " + startupId, opened)));
    }
    List<UnitFit> unitFits = ReverseMatcher.unitsFor(all, businessUnits, needs, aggregation);
    if (format.equals("jsonl")) {
      writeJson(out, fits, unitFits);
    } else {
      writeTable(out, startup, fits, unitFits);
    }
    out.flush();
    err.printf(
        "%s fits %d of %d needs (within the first %d of each)%n",
        startupId, all.size(), needs.size(), depth);
    return input.exitCode();
  }

  /** Says that the startups searched have no startup with the id, and which startups they are. */
  private String unknownStartup(String message, Matchers.Opened opened) {
    return String.format(
        Locale.ROOT,
        "%s among the %d startups of %s",
        message,
        opened.matcher().size(),
        opened.source(input, index));
  }

  private void writeJson(PrintWriter out, List<NeedFit> fits, List<UnitFit> unitFits)
      throws IOException {
    int depthShown = fullExplanations ? Integer.MAX_VALUE : TABLE_DEPTH;
    for (NeedFit fit : fits) {
      ObjectNode line = JSON.createObjectNode().put("need", fit.need().id());
      fit.need().unit().ifPresent(u -> line.put("unit", u));
      line.setAll(MatchJson.match(fit.match(), depthShown));
      out.println(JSON.writeValueAsString(line));
    }
    for (UnitFit unit : unitFits) {
      ObjectNode line =
          JSON.createObjectNode().put("unit", unit.unit().id()).put("score", unit.score());
      ObjectNode contributions = line.putObject("contributions");
      unit.contributions().forEach(contributions::put);
      out.println(JSON.writeValueAsString(line));
    }
  }

  private void writeTable(
      PrintWriter out, Startup startup, List<NeedFit> fits, List<UnitFit> unitFits)
      throws IOException {
    // Names, units and missing items come from profiles and needs: nothing in them may act on
    // the terminal.
    out.println(
        SafeText.oneLine(
            String.format(
                Locale.ROOT, "needs %s (%s) fits, best first", startup.name(), startup.id())));
    if (fits.isEmpty()) {
      out.println("    none: no need ranks it within its first " + depth);
    }
    for (NeedFit fit : fits) {
      Match match = fit.match();
      out.println(
          SafeText.oneLine(
              String.format(
                  Locale.ROOT,
                  "%8.3f  %-24s rank %d%s  matched: %s",
                  match.score(),
                  fit.need().id(),
                  match.rank(),
                  fit.need().unit().map(u -> ", unit " + u).orElse(""),
                  String.join(", ", match.matchedTerms()))));
      if (!match.missing().isEmpty()) {
        out.println(SafeText.oneLine("          missing: " + String.join("; ", match.missing())));
      }
      TableWriter.writeTree(
          out, match.explanation(), 5, fullExplanations ? Integer.MAX_VALUE : TABLE_DEPTH);
    }
    if (!unitFits.isEmpty()) {
      out.println();
      out.println("units, by the " + aggregate + " of their needs' fits");
      for (UnitFit unit : unitFits) {
        out.println(
            SafeText.oneLine(
                String.format(
                    Locale.ROOT,
                    "%8.3f  %-24s needs: %s",
                    unit.score(),
                    unit.unit().id() + " " + unit.unit().name(),
                    unit.needs().stream()
                        .map(
                            f ->
                                String.format(
                                    Locale.ROOT, "%s %.2f", f.need().id(), f.match().score()))
                        .collect(Collectors.joining(" · ")))));
      }
    }
  }
}
