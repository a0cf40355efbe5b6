package dev.startupmatching.cli;

import com.google.common.base.Stopwatch;
import dev.startupmatching.cli.format.OutputFormat;
import dev.startupmatching.cli.format.ResultWriter;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.unit.Aggregation;
import dev.startupmatching.unit.UnitRanker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match match}: ranks the startups for each need. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Ranks the startups for each need and writes the top K per need.",
      "Without --startups and --needs it runs on the built-in example."
    })
final class MatchCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Matches per need, 1 to " + MatchOptions.MAX_TOP_K + " (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Skip each need's N best matches, for paging: --offset 20 --top 10 lists ranks 21 to 30"
              + " (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description =
          "List only matches scoring at least S. Scores order one need's list; --min-fit is the"
              + " threshold that compares across needs.")
  Double minScore;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the results to FILE instead of standard output.")
  Path output;

  @Mixin ModelOption model;

  @Mixin MinFitOption minFit;

  @Option(
      names = "--run-tag",
      paramLabel = "TAG",
      defaultValue = "startup-match",
      description = "The run tag of --format trec (default: ${DEFAULT-VALUE}).")
  String runTag;

  @Option(
      names = "--explain",
      description =
          "Include each match's explanation tree: in full with jsonl, as text under each row of"
              + " table and in a column of csv. trec cannot carry it.")
  boolean fullExplanations;

  @Option(
      names = "--diversity",
      paramLabel = "LAMBDA",
      defaultValue = "0",
      description =
          "Trade relevance for variety, from 0 (none, the default) to 1: maximal marginal"
              + " relevance keeps near-identical startups from filling the top K.")
  double diversity;

  @Option(
      names = "--by-unit",
      description =
          "Rank startups for each business unit across all of its needs instead of need by need.")
  boolean byUnit;

  @Option(
      names = "--units",
      paramLabel = "FILE",
      description =
          "Business units, one JSON object per line, for --by-unit; needs name their unit by id or"
              + " name (default with the built-in example: its units).")
  Path units;

  @Option(
      names = "--aggregate",
      paramLabel = "HOW",
      defaultValue = "max",
      description =
          "How --by-unit combines a startup's fits to the unit's needs: max (its best fit) or mean"
              + " (default: ${DEFAULT-VALUE}).")
  String aggregate;

  @Mixin FilterOptions filters;

  @Option(
      names = "--facets",
      paramLabel = "FACET",
      split = ",",
      description =
          "After each need's matches, count these attributes over every startup its search finds"
              + " (after the filters): stage, country, area or tag, comma-separated. Needs --format"
              + " table or jsonl.")
  List<Facet> facets = new ArrayList<>();

  @Option(
      names = "--similar-to",
      paramLabel = "ID",
      description =
          "Instead of matching needs, list the startups most like startup ID by the distinctive"
              + " words of its profile (more like this); the filters, --top and --offset apply.")
  String similarTo;

  private Aggregation aggregation;

  private Constraints filter;

  @Override
  public void checkUsage() {
    if (similarTo == null) {
      input.validate(spec, index.directory);
    } else {
      input.validateWithoutNeeds(
          spec, index.directory, "--similar-to lists one startup's neighbours");
    }
    model.checkUsage(spec);
    minFit.validated(spec);
    if (top < 1 || top > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--top must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + top);
    }
    if (offset < 0 || offset + top > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--offset must be at least 0, and --offset plus --top at most "
              + MatchOptions.MAX_TOP_K
              + ", but they were "
              + offset
              + " and "
              + top);
    }
    if (minScore != null && minScore.isNaN()) {
      throw new ParameterException(spec.commandLine(), "--min-score must be a number");
    }
    if (fullExplanations && !format.needsExplanations()) {
      throw new ParameterException(
          spec.commandLine(), "--format " + format + " cannot carry explanations; drop --explain");
    }
    if (units != null && !byUnit) {
      throw new ParameterException(spec.commandLine(), "--units needs --by-unit");
    }
    if (byUnit && units == null && (input.startups != null || index.directory != null)) {
      throw new ParameterException(
          spec.commandLine(), "--by-unit needs --units with your own data");
    }
    if (diversity < 0 || diversity > 1) {
      throw new ParameterException(
          spec.commandLine(), "--diversity must be between 0 and 1 but was " + diversity);
    }
    filter = filters.validated(spec);
    if (!facets.isEmpty() && !format.carriesFacets()) {
      throw new ParameterException(
          spec.commandLine(),
          "--format " + format + " cannot carry facet counts; use table or jsonl");
    }
    if (similarTo != null && (byUnit || !facets.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(),
          "--similar-to lists one startup's neighbours: drop --by-unit and --facets");
    }
    try {
      aggregation = Aggregation.named(aggregate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--aggregate: " + e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Need> needs =
        similarTo == null
            ? input.readNeeds(err)
            : List.of(Need.builder("like:" + similarTo, "startups like " + similarTo).build());
    MatchOptions options =
        MatchOptions.builder()
            .filter(filter)
            .topK(top)
            .explain(format.needsExplanations())
            .diversity(diversity)
            .minFit(minFit.minFit)
            .offset(offset)
            .minScore(minScore == null ? Double.NEGATIVE_INFINITY : minScore)
            .build();

    Stopwatch clock = Stopwatch.createStarted();
    try (Matchers.Opened opened = Matchers.open(input, index, taxonomy, model, spec, err);
        OutputFile file = output == null ? null : OutputFile.create(output);
        ResultWriter results =
            format.open(
                file == null ? standardOutput() : file.writer(), runTag, fullExplanations)) {
      StartupMatcher matcher = opened.matcher();
      if (byUnit) {
        List<BusinessUnit> businessUnits =
            units == null ? SampleData.units() : input.read(JsonLinesReader.units(), units, err);
        int ranked = rankUnits(matcher, businessUnits, needs, aggregation, options, results, err);
        commit(file);
        err.printf(
            "ranked %d units by the %s of their needs' fits against %d startups in %d ms%n",
            ranked, aggregation.name(), matcher.size(), clock.elapsed().toMillis());
        return input.exitCode();
      }
      int failedNeeds = 0;
      Progress progress = new Progress(err, "matching needs", needs.size());
      for (Need need : needs) {
        try {
          Matches matches =
              similarTo == null
                  ? matcher.match(need, options)
                  : matcher.similarTo(similarTo, options);
          if (matches.isEmpty()) {
            err.println(
                similarTo == null
                    ? "need " + need.id() + ": no startup matches its words"
                    : "startup "
                        + similarTo
                        + ": "
                        + matches.noMatchReason().orElse("no similar startup"));
          }
          results.write(need, matches);
          if (!facets.isEmpty()) {
            results.writeFacets(need, matcher.facets(need, options, EnumSet.copyOf(facets)));
          }
        } catch (IllegalArgumentException e) {
          failedNeeds++;
          err.println("error: " + e.getMessage());
        }
        progress.step();
      }
      progress.done();
      commit(file);
      err.printf(
          "matched %d needs against %d startups in %d ms%n",
          needs.size() - failedNeeds, matcher.size(), clock.elapsed().toMillis());
      return failedNeeds > 0 ? ExitCodes.BAD_INPUT : input.exitCode();
    }
  }

  /** Ranks each unit with needs; returns how many were ranked. */
  private static int rankUnits(
      StartupMatcher matcher,
      List<BusinessUnit> units,
      List<Need> needs,
      Aggregation aggregation,
      MatchOptions options,
      ResultWriter results,
      PrintWriter err)
      throws IOException {
    Map<BusinessUnit, List<Need>> byUnit = UnitRanker.needsByUnit(units, needs);
    Set<Need> assigned = new HashSet<>();
    byUnit.values().forEach(assigned::addAll);
    long unassigned = needs.stream().filter(n -> !assigned.contains(n)).count();
    if (unassigned > 0) {
      err.println(unassigned + " needs name no unit of the units file; they are left out");
    }
    UnitRanker ranker = UnitRanker.of(matcher, aggregation);
    Progress progress = new Progress(err, "ranking units", byUnit.keySet().size());
    for (BusinessUnit unit : units) {
      if (!byUnit.containsKey(unit)) {
        err.println("unit " + unit.id() + " has no needs; skipped");
        continue;
      }
      results.writeUnit(unit, ranker.rank(unit, byUnit.get(unit), options));
      progress.step();
    }
    progress.done();
    return byUnit.keySet().size();
  }

  /**
   * Moves the results into place once all are written; a failed run leaves the old file. Results on
   * standard output are checked too, since a print stream keeps its errors to itself.
   */
  private static void commit(OutputFile file) throws IOException {
    if (file != null) {
      file.commit();
    } else if (System.out.checkError()) {
      throw new CommandFailure(
          ExitCodes.ENVIRONMENT,
          "the results could not all be written to standard output (a closed pipe or a full"
              + " disk)",
          null);
    }
  }

  private static Writer standardOutput() {
    return new OutputStreamWriter(new NonClosingStream(System.out), StandardCharsets.UTF_8);
  }

  /** Lets the results writer close its stream without closing standard output. */
  private static final class NonClosingStream extends java.io.FilterOutputStream {
    NonClosingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
