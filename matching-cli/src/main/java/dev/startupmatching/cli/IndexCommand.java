package dev.startupmatching.cli;

import com.google.common.collect.Lists;
import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.io.ReadSummary;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match index}: adds startups to a persistent index, committing as it goes. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Adds or replaces the startups of a JSON Lines file in the index in DIR, creating it if"
          + " needed, and commits every N startups, printing 'committed N' (the startups read and"
          + " committed so far) after each commit.",
      "A startup reported committed survives a crash or a kill. Bad records are reported on"
          + " stderr and in --rejects, and the good ones are indexed; --strict stops at the first.",
    })
final class IndexCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--startups",
      paramLabel = "FILE",
      required = true,
      description = "Startups, one JSON object per line.")
  Path startups;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      required = true,
      description = "The index directory, created if it does not exist.")
  Path directory;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Commit after every N startups (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Also write each bad record's error to FILE, one per line.")
  Path rejects;

  @Option(
      names = "--embedding",
      paramLabel = "NAME|FILE",
      description =
          "Also store each startup's vector from this embedding model, for match --model hybrid"
              + " or semantic: a built-in one (see match --help) or a descriptor FILE. An index"
              + " keeps the model it was created with.")
  String embedding;

  @Option(
      names = "--strict",
      description = "Stop at the first bad record with exit code 1, keeping what was committed.")
  boolean strict;

  @Override
  public void checkUsage() {
    if (commitEvery < 1) {
      throw new ParameterException(
          spec.commandLine(), "--commit-every must be at least 1 but was " + commitEvery);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isRegularFile(startups) && Files.size(startups) == 0) {
      // Before the index is opened, which would create an empty one.
      return empty(err);
    }
    StartupIndex index =
        StartupIndex.open(
            directory,
            taxonomy.read(),
            embedding == null ? null : ModelOption.loadEmbedding(embedding));
    Committer committer = new Committer(index, out, err);
    try (OutputFile rejectsFile = rejects == null ? null : OutputFile.create(rejects)) {
      Writer rejectLines = rejectsFile == null ? Writer.nullWriter() : rejectsFile.writer();
      int exitCode = index(index, committer, rejectLines, err);
      if (rejectsFile != null) {
        rejectsFile.commit();
      }
      index.close();
      return exitCode;
    } catch (IOException | RuntimeException | Error e) {
      // Closing would commit what was added since the last commit, perhaps half a batch;
      // rolling back leaves the index at the last commit the command reported.
      try {
        index.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (Failures.isDiskFull(e)) {
        throw new CommandFailure(
            ExitCodes.ENVIRONMENT,
            "the disk filled up while writing "
                + directory
                + ": the index holds what it held before, with the first "
                + committer.committed
                + " startups of "
                + startups
                + " committed; free space and run the command again",
            e);
      }
      throw e;
    }
  }

  private int empty(PrintWriter err) {
    err.println("error: " + startups + " is empty: no startups were indexed");
    return ExitCodes.BAD_INPUT;
  }

  /** Reads the startups into the index; returns the exit code. */
  private int index(StartupIndex index, Committer committer, Writer rejectLines, PrintWriter err)
      throws IOException {
    ReadSummary summary;
    try {
      summary =
          JsonLinesReader.startups()
              .read(
                  startups,
                  committer::add,
                  (InputError error) -> {
                    if (strict) {
                      throw new InputException(error);
                    }
                    err.println("skipped: " + error);
                    try {
                      rejectLines.write(error.toString());
                      rejectLines.write(System.lineSeparator());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  (InputError warning) -> err.println("warning: " + warning));
    } catch (InputException e) {
      // What was committed stays; the startups read since the last commit are dropped, so
      // that a strict run leaves the index at a commit point it reported.
      err.println("error: " + e.getMessage());
      err.printf("stopped; %d startups committed before the bad record%n", committer.committed);
      return ExitCodes.BAD_INPUT;
    }
    if (summary.accepted() == 0 && summary.rejected() == 0) {
      // A pipe, or a file of a byte order mark alone.
      return empty(err);
    }
    committer.commit();
    index.refresh();
    err.printf(
        "indexed %d startups from %s into %s, which holds %d; skipped %d bad records%s%n",
        summary.accepted(),
        startups,
        directory,
        index.size(),
        summary.rejected(),
        summary.replaced() == 0
            ? ""
            : "; " + summary.replaced() + " records replaced an earlier one with their id");
    return summary.rejected() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /** Adds startups in batches and commits every {@code commitEvery}. */
  private final class Committer {
    private final StartupIndex index;
    private final PrintWriter out;
    private final List<Startup> pending = new ArrayList<>();
    private final PrintWriter err;
    private long committed;

    Committer(StartupIndex index, PrintWriter out, PrintWriter err) {
      this.index = index;
      this.out = out;
      this.err = err;
    }

    void add(Startup startup) {
      pending.add(startup);
      if (pending.size() == commitEvery) {
        try {
          commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    void commit() throws IOException {
      // Embedding runs at tens to hundreds of startups a second: a terminal sees it move.
      Optional<EmbeddingModel> model = index.embeddingModel();
      Progress progress =
          new Progress(err, "embedding and indexing", model.isPresent() ? pending.size() : 0);
      // In parts of the model's batch size, which the index embeds at a time anyway.
      int part = model.map(EmbeddingModel::batchSize).orElse(Math.max(1, pending.size()));
      for (List<Startup> startups : Lists.partition(pending, part)) {
        index.upsertAll(startups);
        startups.forEach(startup -> progress.step());
      }
      progress.done();
      index.commit();
      committed += pending.size();
      pending.clear();
      // Only after the commit returned: a startup reported committed is durable.
      out.println("committed " + committed);
      out.flush();
    }
  }
}
