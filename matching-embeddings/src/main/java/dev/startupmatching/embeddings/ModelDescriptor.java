package dev.startupmatching.embeddings;

import static dev.startupmatching.internal.io.JsonDocuments.expect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.startupmatching.embeddings.OnnxEmbeddingModel.LongTexts;
import dev.startupmatching.embeddings.OnnxEmbeddingModel.Pooling;
import dev.startupmatching.internal.io.JsonDocuments;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a model descriptor (see {@link EmbeddingModels#fromDescriptor}) into a builder, naming the
 * file, line and field of every bad value.
 */
final class ModelDescriptor {
  // A key given twice would leave the model ambiguous.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ModelDescriptor() {}

  static OnnxEmbeddingModel.Builder read(Path file) throws IOException {
    String source = file.toString();
    Path folder = file.toAbsolutePath().getParent();
    try (InputStream in = Files.newInputStream(file)) {
      return JsonDocuments.read(FACTORY, in, source, parser -> read(parser, source, folder));
    }
  }

  private static OnnxEmbeddingModel.Builder read(JsonParser parser, String source, Path folder)
      throws IOException {
    expect(
        parser.nextToken() == JsonToken.START_OBJECT, source, parser, null, "expected an object");
    OnnxEmbeddingModel.Builder builder = OnnxEmbeddingModel.builder();
    boolean hasId = false;
    boolean hasModel = false;
    boolean hasTokenizer = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      try {
        switch (field) {
          case "id" -> {
            builder.id(string(parser, source, field, value));
            hasId = true;
          }
          case "model" -> {
            builder.model(folder.resolve(string(parser, source, field, value)));
            hasModel = true;
          }
          case "tokenizer" -> {
            builder.tokenizer(folder.resolve(string(parser, source, field, value)));
            hasTokenizer = true;
          }
          case "pooling" ->
              builder.pooling(choice(Pooling.class, parser, source, field, value, "cls or mean"));
          case "longTexts" ->
              builder.longTexts(
                  choice(LongTexts.class, parser, source, field, value, "truncate or chunk"));
          case "maxTokens" -> builder.maxTokens(integer(parser, source, field, value));
          case "batchSize" -> builder.batchSize(integer(parser, source, field, value));
          case "languages" -> builder.languages(strings(parser, source, field, value));
          case "queryPrefix" -> builder.queryPrefix(text(parser, source, field, value));
          case "passagePrefix" -> builder.passagePrefix(text(parser, source, field, value));
          default -> expect(false, source, parser, field, "unknown field");
        }
      } catch (IllegalArgumentException e) {
        throw new InputException(
            InputError.ofField(source, JsonDocuments.line(parser), field, e.getMessage()));
      }
    }
    expect(parser.nextToken() == null, source, parser, null, "unexpected content after the object");
    expect(hasId, source, parser, "id", "missing required field");
    expect(hasModel, source, parser, "model", "missing required field: the ONNX model file");
    expect(hasTokenizer, source, parser, "tokenizer", "missing required field: tokenizer.json");
    return builder;
  }

  private static String string(JsonParser parser, String source, String field, JsonToken value)
      throws IOException {
    expect(
        value == JsonToken.VALUE_STRING && !parser.getText().isBlank(),
        source,
        parser,
        field,
        "expected a non-blank string");
    return parser.getText();
  }

  private static Set<String> strings(
      JsonParser parser, String source, String field, JsonToken value) throws IOException {
    expect(value == JsonToken.START_ARRAY, source, parser, field, "expected an array of strings");
    Set<String> strings = new LinkedHashSet<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      strings.add(parser.getText());
    }
    expect(
        parser.currentToken() == JsonToken.END_ARRAY,
        source,
        parser,
        field,
        "expected an array of strings");
    return strings;
  }

  private static String text(JsonParser parser, String source, String field, JsonToken value)
      throws IOException {
    expect(value == JsonToken.VALUE_STRING, source, parser, field, "expected a string");
    return parser.getText();
  }

  private static int integer(JsonParser parser, String source, String field, JsonToken value)
      throws IOException {
    expect(value == JsonToken.VALUE_NUMBER_INT, source, parser, field, "expected an integer");
    return parser.getIntValue();
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, JsonParser parser, String source, String field, JsonToken value, String known)
      throws IOException {
    String name = string(parser, source, field, value);
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          InputError.ofField(
              source, JsonDocuments.line(parser), field, "expected " + known + " but was " + name));
    }
  }
}
