package dev.startupmatching.rank;

import static dev.startupmatching.internal.io.JsonDocuments.expect;
import static dev.startupmatching.internal.io.JsonDocuments.line;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.internal.io.JsonDocuments;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** Reads and writes the JSON form of {@link LinearScoringModel}, with errors naming the line. */
final class ScoringModelFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonFactory FACTORY = JSON.getFactory();

  private ScoringModelFormat() {}

  static LinearScoringModel read(InputStream in, String source) throws IOException {
    return JsonDocuments.read(FACTORY, in, source, parser -> read(parser, source));
  }

  private static LinearScoringModel read(JsonParser parser, String source) throws IOException {
    expect(
        parser.nextToken() == JsonToken.START_OBJECT, source, parser, null, "expected an object");
    String name = null;
    LinearScoringModel.Builder model = null;
    long weightsLine = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "type" ->
            expect(
                value == JsonToken.VALUE_STRING && parser.getText().equals("linear"),
                source,
                parser,
                field,
                "expected \"linear\", the only model type");
        case "name" -> {
          expect(
              value == JsonToken.VALUE_STRING && !parser.getText().isBlank(),
              source,
              parser,
              field,
              "expected a non-blank string");
          name = parser.getText();
        }
        case "weights" -> {
          expect(value == JsonToken.START_OBJECT, source, parser, field, "expected an object");
          weightsLine = line(parser);
          model = LinearScoringModel.builder("unnamed");
          readWeights(parser, source, model);
        }
        default -> expect(false, source, parser, field, "unknown field");
      }
    }
    expect(model != null, source, parser, "weights", "missing required field");
    LinearScoringModel weights = model.build();
    LinearScoringModel.Builder named = LinearScoringModel.builder(name == null ? "unnamed" : name);
    weights.weights().forEach(named::weight);
    if (weights.weights().isEmpty()) {
      throw new InputException(
          InputError.ofField(source, weightsLine, "weights", "expected at least one weight"));
    }
    return named.build();
  }

  private static void readWeights(
      JsonParser parser, String source, LinearScoringModel.Builder model) throws IOException {
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String signal = parser.currentName();
      String field = "weights." + signal;
      JsonToken value = parser.nextToken();
      expect(value.isNumeric(), source, parser, field, "expected a number");
      expect(seen.add(signal), source, parser, field, "duplicate weight");
      try {
        model.weight(signal, parser.getDoubleValue());
      } catch (IllegalArgumentException e) {
        throw new InputException(InputError.ofField(source, line(parser), field, e.getMessage()));
      }
    }
  }

  static String write(LinearScoringModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "linear");
    root.put("name", model.name());
    ObjectNode weights = root.putObject("weights");
    model.weights().forEach(weights::put);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
