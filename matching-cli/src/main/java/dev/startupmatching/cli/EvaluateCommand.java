package dev.startupmatching.cli;

import dev.startupmatching.eval.Evaluation;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.eval.Run;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match evaluate}: scores a run, or ranks and scores in one go. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a TREC run against TREC qrels: nDCG@10 (gain 2^g-1), P@10, R@100, MRR and MAP,"
          + " as means and, with --per-need, per need.",
      "With --startups and --needs instead of --run, ranks first; with neither, evaluates the"
          + " built-in example against its own judgments."
    })
final class EvaluateCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin TaxonomyOption taxonomy;

  @Option(names = "--run", paramLabel = "FILE", description = "A TREC run to score.")
  Path runFile;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      description = "TREC qrels (default: the built-in example's, when it is the input).")
  Path qrelsFile;

  @Mixin ModelOption model;

  @Mixin MinFitOption minFit;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "1000",
      description = "Startups ranked per need when ranking (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--run-output",
      paramLabel = "FILE",
      description = "Also write the run it ranked, in TREC format.")
  Path runOutput;

  @Option(names = "--per-need", description = "Print one line per need before the means.")
  boolean perNeed;

  @Override
  public void checkUsage() {
    input.validate(spec);
    model.checkUsage(spec);
    minFit.validated(spec);
    boolean builtIn = input.startups == null;
    if (runFile != null && !builtIn) {
      throw new ParameterException(
          spec.commandLine(), "give either --run or --startups and --needs, not both");
    }
    if (qrelsFile == null && (runFile != null || !builtIn)) {
      throw new ParameterException(spec.commandLine(), "--qrels is required with your own data");
    }
    if (top < 1 || top > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(), "--top must be between 1 and " + MatchOptions.MAX_TOP_K);
    }
  }

  @Override
  public Integer call() throws Exception {
    Qrels qrels = qrelsFile != null ? Qrels.read(qrelsFile) : SampleData.qrels();
    Run run = runFile != null ? Run.read(runFile) : rank(spec.commandLine().getErr());
    if (runOutput != null) {
      try (OutputFile file = OutputFile.create(runOutput)) {
        run.write(file.writer(), model.name());
        file.commit();
      }
    }
    Evaluation evaluation = Evaluation.of(qrels, run);
    PrintWriter out = spec.commandLine().getOut();
    if (perNeed) {
      evaluation.needLines().forEach(out::println);
    }
    out.println(evaluation.summary());
    out.flush();
    return input.exitCode();
  }

  private Run rank(PrintWriter err) throws Exception {
    List<Startup> startups = input.readStartups(err);
    List<Need> needs = input.readNeeds(err);
    MatchOptions options =
        MatchOptions.builder().topK(top).explain(false).minFit(minFit.minFit).build();
    Map<String, List<Run.Entry>> entries = new LinkedHashMap<>();
    try (StartupMatcher matcher =
        model
            .apply(Matching.builder().startups(startups).taxonomy(taxonomy.read()), spec)
            .build()) {
      Progress progress = new Progress(err, "ranking needs", needs.size());
      for (Need need : needs) {
        List<Run.Entry> ranked = new ArrayList<>();
        for (Match match : matcher.match(need, options)) {
          ranked.add(new Run.Entry(match.startup().id(), match.rank(), match.score()));
        }
        entries.put(need.id(), ranked);
        progress.step();
      }
      progress.done();
    }
    return Run.of(entries);
  }
}
