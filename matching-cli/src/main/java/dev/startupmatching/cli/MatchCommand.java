package dev.startupmatching.cli;

import com.google.common.base.Stopwatch;
import dev.startupmatching.cli.format.OutputFormat;
import dev.startupmatching.cli.format.ResultWriter;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Matches per need, 1 to " + MatchOptions.MAX_TOP_K + " (default: ${DEFAULT-VALUE}).")
  int top;

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

  @Option(
      names = "--run-tag",
      paramLabel = "TAG",
      defaultValue = "startup-match",
      description = "The run tag of --format trec (default: ${DEFAULT-VALUE}).")
  String runTag;

  @Option(
      names = "--explain",
      description = "With --format jsonl, include each match's full explanation tree.")
  boolean fullExplanations;

  @Override
  public Integer call() throws IOException {
    input.validate(spec);
    if (top < 1 || top > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--top must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + top);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Startup> startups = input.readStartups(err);
    List<Need> needs = input.readNeeds(err);
    MatchOptions options =
        MatchOptions.builder().topK(top).explain(format.needsExplanations()).build();

    Stopwatch clock = Stopwatch.createStarted();
    int failedNeeds = 0;
    try (StartupMatcher matcher =
            Matching.builder()
                .startups(startups)
                .taxonomy(taxonomy.read())
                .model(model.model)
                .build();
        Writer out = openOutput();
        ResultWriter results = format.open(out, runTag, fullExplanations)) {
      Progress progress = new Progress(err, "matching needs", needs.size());
      for (Need need : needs) {
        try {
          List<Match> matches = matcher.match(need, options);
          if (matches.isEmpty()) {
            err.println("need " + need.id() + ": no startup matches its words");
          }
          results.write(need, matches);
        } catch (IllegalArgumentException e) {
          failedNeeds++;
          err.println("error: " + e.getMessage());
        }
        progress.step();
      }
      progress.done();
    }
    err.printf(
        "matched %d needs against %d startups in %d ms%n",
        needs.size() - failedNeeds, startups.size(), clock.elapsed().toMillis());
    return failedNeeds > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private Writer openOutput() throws IOException {
    OutputStream stream =
        output == null ? new NonClosingStream(System.out) : Files.newOutputStream(output);
    return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
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
