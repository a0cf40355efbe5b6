package dev.startupmatching.cli;

import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.embeddings.EmbeddingModels;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.rank.FitModel;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.ScoringModel;
import dev.startupmatching.rank.Signal;
import dev.startupmatching.rank.Signals;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
          "Ranking model: default (words, translations and areas, re-ranked by signals), hybrid"
              + " (default fused with retrieval by meaning, using --embedding), semantic (the"
              + " default's re-ranking of the nearest by meaning) or bm25 (flat BM25 as Anserini"
              + " ranks). Default: ${DEFAULT-VALUE}.")
  RankingModel model;

  @Option(
      names = "--embedding",
      paramLabel = "NAME|FILE",
      defaultValue = EmbeddingModels.DEFAULT,
      description =
          "The embedding model hybrid and semantic retrieve with: a built-in one ("
              + EmbeddingModels.BGE_SMALL_EN
              + ", "
              + EmbeddingModels.E5_SMALL
              + ", "
              + EmbeddingModels.BGE_SMALL_ZH
              + " or "
              + EmbeddingModels.MINILM
              + ") or a descriptor FILE naming an ONNX model and its tokenizer.json (see"
              + " docs/extending.md). An index must have been built with the same model."
              + " Default: ${DEFAULT-VALUE}.")
  String embedding;

  @Option(
      names = "--model-file",
      paramLabel = "FILE",
      description =
          "Re-rank with the model in FILE instead of the default weights: a linear scoring"
              + " model in JSON (as train writes), or a tree ensemble RankLib saved from a"
              + " features log; only the default model re-ranks.")
  Path modelFile;

  @Option(
      names = "--fit-model",
      paramLabel = "FILE",
      description =
          "Estimate each match's fit with the model in FILE (as calibrate writes it) instead of"
              + " the built-in one.")
  Path fitModelFile;

  @Option(
      names = "--candidates",
      paramLabel = "N",
      defaultValue = "" + Matching.DEFAULT_CANDIDATES,
      description =
          "How many candidates retrieval passes to re-ranking, 1 to "
              + Matching.MAX_CANDIDATES
              + " (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Option(
      names = "--fusion",
      paramLabel = "HOW",
      defaultValue = "zscore",
      description =
          "How --model hybrid fuses its lexical and semantic lists: minmax or zscore (weighted"
              + " sums of normalised scores) or rrf (reciprocal rank). Default: ${DEFAULT-VALUE}.")
  String fusion;

  @Option(
      names = "--semantic-weight",
      paramLabel = "W",
      defaultValue = "0.5",
      description =
          "The semantic list's weight in --fusion, against 1 for the lexical list (default:"
              + " ${DEFAULT-VALUE}).")
  double semanticWeight;

  private EmbeddingModel embeddingModel;

  /**
   * Checks the options for usage errors, before any file is read.
   *
   * @throws ParameterException for a depth out of range or an unknown fusion, which picocli reports
   *     as a usage error
   */
  void checkUsage(CommandSpec spec) {
    if (candidates < 1 || candidates > Matching.MAX_CANDIDATES) {
      throw new ParameterException(
          spec.commandLine(),
          "--candidates must be between 1 and "
              + Matching.MAX_CANDIDATES
              + " but was "
              + candidates);
    }
    try {
      Fusion.named(fusion, 1, semanticWeight);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--fusion: " + e.getMessage());
    }
  }

  /**
   * Sets the model, its scoring weights and its candidate depth on a matcher builder.
   *
   * @throws ParameterException for a usage error, as {@link #checkUsage} finds them
   * @throws dev.startupmatching.io.InputException for a bad model file
   */
  Matching.Builder apply(Matching.Builder builder, CommandSpec spec) throws IOException {
    checkUsage(spec);
    builder.model(model).candidates(candidates);
    if (model.needsEmbeddings()) {
      builder.fusion(Fusion.named(fusion, 1, semanticWeight));
      builder.embeddings(embeddingModel());
    }
    if (modelFile != null) {
      ScoringModel scoring = ScoringModel.read(modelFile, signalNames());
      checkSignals("--model-file", modelFile, scoring.name(), scoring.signalNames());
      builder.scoringModel(scoring);
    }
    if (fitModelFile != null) {
      FitModel fit = FitModel.read(fitModelFile);
      checkSignals("--fit-model", fitModelFile, fit.name(), fit.signalNames());
      builder.fitModel(fit);
    }
    return builder;
  }

  /**
   * Refuses a model file that reads a signal the command line does not compute, naming the file,
   * where the matcher builder would only know the model.
   *
   * @throws BadInputException naming the option, the file and the signal
   */
  private static void checkSignals(String option, Path file, String model, Set<String> used) {
    List<String> known = signalNames();
    for (String signal : used) {
      if (!known.contains(signal)) {
        throw new BadInputException(
            option
                + " "
                + file
                + ": model '"
                + model
                + "' reads signal '"
                + signal
                + "', which no signal provides; the signals are "
                + known);
      }
    }
  }

  /** The signals the command line computes: the built-in ones and those registered. */
  private static List<String> signalNames() {
    return Signals.withRegistered(Signals.defaults()).stream().map(Signal::name).toList();
  }

  /**
   * The embedding model the chosen model retrieves with, loaded once, or null if it retrieves by
   * words alone.
   */
  EmbeddingModel embeddingModel() throws IOException {
    if (!model.needsEmbeddings()) {
      return null;
    }
    if (embeddingModel == null) {
      embeddingModel = loadEmbedding(embedding);
    }
    return embeddingModel;
  }

  /**
   * Refuses an embedding model in the lexical-only build of the command line, which leaves the
   * embeddings module and its native runtime out.
   *
   * @throws BadInputException there
   */
  static void requireEmbeddings(String value) {
    try {
      Class.forName(
          "dev.startupmatching.embeddings.EmbeddingModels",
          false,
          ModelOption.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new BadInputException(
          "--embedding "
              + value
              + ": this is the lexical-only build of startup-match, without embedding models;"
              + " use matching-cli-*-all.jar for semantic and hybrid matching");
    }
  }

  /**
   * The descriptor file an {@code --embedding} value names: the value as a path, unless it is the
   * name of a built-in model or no path at all (such as text with a NUL character). The file need
   * not exist.
   */
  static Optional<Path> descriptorFile(String value) {
    requireEmbeddings(value);
    if (EmbeddingModels.names().contains(value.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Loads the embedding model an {@code --embedding} value names: a built-in model, or else a
   * descriptor file.
   *
   * @throws BadInputException if the value is neither, naming the built-in models
   * @throws dev.startupmatching.io.InputException for a bad descriptor, naming its line and field
   * @throws IOException if the descriptor's model or tokenizer cannot be read or loaded
   */
  static EmbeddingModel loadEmbedding(String value) throws IOException {
    requireEmbeddings(value);
    Optional<Path> file = descriptorFile(value);
    if (file.isEmpty() && EmbeddingModels.names().contains(value.toLowerCase(Locale.ROOT))) {
      return EmbeddingModels.named(value);
    }
    Path descriptor =
        file.filter(Files::isRegularFile)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "--embedding "
                            + value
                            + ": neither a built-in model "
                            + EmbeddingModels.names()
                            + " nor a model descriptor file"));
    try {
      return EmbeddingModels.fromDescriptor(descriptor);
    } catch (FileSystemException e) {
      throw new BadInputException(
          "--embedding "
              + value
              + ": "
              + e.getFile()
              + ": "
              + (e.getReason() != null
                  ? e.getReason()
                  : e instanceof AccessDeniedException ? "permission denied" : "cannot be read"));
    } catch (IOException e) {
      throw new BadInputException("--embedding " + value + ": " + e.getMessage());
    }
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
