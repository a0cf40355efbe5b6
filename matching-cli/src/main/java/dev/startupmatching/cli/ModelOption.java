package dev.startupmatching.cli;

import dev.startupmatching.lucene.RankingModel;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
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
