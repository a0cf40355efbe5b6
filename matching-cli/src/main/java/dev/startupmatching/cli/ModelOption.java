package dev.startupmatching.cli;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.rank.LinearScoringModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The {@code --model NAME} option shared by commands that rank. */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "NAME",
      defaultValue = "default",
      converter = Converter.class,
      description =
          "Ranking model: default (words, translations and areas) or bm25 (flat BM25 as Anserini"
              + " ranks). Default: ${DEFAULT-VALUE}.")
  RankingModel model;

  @Option(
      names = "--model-file",
      paramLabel = "FILE",
      description =
          "Re-rank with the weights in FILE (a linear scoring model in JSON) instead of the"
              + " defaults; only the default model re-ranks.")
  Path modelFile;

  @Option(
      names = "--candidates",
      paramLabel = "N",
      defaultValue = "" + Matching.DEFAULT_CANDIDATES,
      description =
          "How many candidates retrieval passes to re-ranking, 1 to "
              + Matching.MAX_CANDIDATES
              + " (default: ${DEFAULT-VALUE}).")
  int candidates;

  /**
   * Sets the model, its scoring weights and its candidate depth on a matcher builder.
   *
   * @throws ParameterException for a depth out of range, which picocli reports as a usage error
   * @throws dev.startupmatching.io.InputException for a bad model file
   */
  Matching.Builder apply(Matching.Builder builder, CommandSpec spec) throws IOException {
    if (candidates < 1 || candidates > Matching.MAX_CANDIDATES) {
      throw new ParameterException(
          spec.commandLine(),
          "--candidates must be between 1 and "
              + Matching.MAX_CANDIDATES
              + " but was "
              + candidates);
    }
    builder.model(model).candidates(candidates);
    if (modelFile != null) {
      builder.scoringModel(LinearScoringModel.read(modelFile));
    }
    return builder;
  }

  /** The model's name as written on the command line, such as {@code bm25}. */
  String name() {
    return model.name().toLowerCase(Locale.ROOT);
  }

  /** Turns an unknown name into a usage error that lists the known ones. */
  static final class Converter implements ITypeConverter<RankingModel> {
    @Override
    public RankingModel convert(String value) {
      try {
        return RankingModel.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
