package dev.startupmatching.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Lists;
import dev.startupmatching.cli.format.SafeJson;
import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.embeddings.EmbeddingModels;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.lucene.DuplicateFinder;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.Startup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match duplicates}: lists startups that are likely the same company. */
@Command(
    name = "duplicates",
    mixinStandardHelpOptions = true,
    description = {
      "Lists pairs of startups that are likely the same company, as when two sources describe it,",
      "most confident first: confidence, name similarity, cosine of meanings, then both startups."
    })
final class DuplicatesCommand implements Callable<Integer>, UsageChecked {
  private static final ObjectMapper JSON = SafeJson.mapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--startups",
      paramLabel = "FILE",
      required = true,
      description = "Startups, one JSON object per line.")
  Path startups;

  @Option(
      names = "--strict",
      description = "Stop at the first bad record with exit code 1 instead of skipping it.")
  boolean strict;

  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0.8",
      description = "The least confidence listed, from 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--embedding",
      paramLabel = "NAME|FILE",
      // The confidence's weights were fitted to this model's cosines.
      defaultValue = EmbeddingModels.MINILM,
      description =
          "The embedding model that compares meanings: a built-in one or a descriptor FILE, as"
              + " for match (default: ${DEFAULT-VALUE}, the model the confidence was fitted"
              + " with).")
  String embedding;

  @Mixin TaxonomyOption taxonomy;

  @Override
  public void checkUsage() {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new ParameterException(
          spec.commandLine(), "--min-confidence must be between 0 and 1 but was " + minConfidence);
    }
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "--format must be table or jsonl");
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    InputOptions input = new InputOptions();
    input.strict = strict;
    List<Startup> records = input.read(JsonLinesReader.startups(), startups, err);
    PrintWriter out = spec.commandLine().getOut();
    try (StartupIndex index =
        StartupIndex.inMemory(taxonomy.read(), ModelOption.loadEmbedding(embedding))) {
      Progress embedding = new Progress(err, "embedding startups", records.size());
      // Batches keep the model busy while progress still moves.
      for (List<Startup> batch : Lists.partition(records, 64)) {
        index.upsertAll(batch);
        batch.forEach(s -> embedding.step());
      }
      embedding.done();
      index.refresh();
      Progress comparing = new Progress(err, "comparing neighbours", records.size());
      int[] last = {0};
      List<DuplicateFinder.Pair> pairs =
          DuplicateFinder.find(
              index,
              minConfidence,
              compared -> {
                for (; last[0] < compared; last[0]++) {
                  comparing.step();
                }
              });
      comparing.done();
      for (DuplicateFinder.Pair pair : pairs) {
        out.println(format.equals("jsonl") ? json(pair) : row(pair));
      }
      err.printf("%d likely duplicate pairs among %d startups%n", pairs.size(), records.size());
    }
    out.flush();
    return input.exitCode();
  }

  private static String row(DuplicateFinder.Pair pair) {
    return SafeText.oneLine(
        String.format(
            Locale.ROOT,
            "%.3f  name %.2f  cosine %.2f  %s (%s)  =  %s (%s)",
            pair.confidence(),
            pair.nameSimilarity(),
            pair.cosine(),
            pair.first().name(),
            pair.first().id(),
            pair.second().name(),
            pair.second().id()));
  }

  private static String json(DuplicateFinder.Pair pair) throws Exception {
    ObjectNode node = JSON.createObjectNode();
    node.put("first", pair.first().id());
    node.put("second", pair.second().id());
    node.put("confidence", pair.confidence());
    node.put("nameSimilarity", pair.nameSimilarity());
    node.put("cosine", pair.cosine());
    node.put("firstName", pair.first().name());
    node.put("secondName", pair.second().name());
    return JSON.writeValueAsString(node);
  }
}
