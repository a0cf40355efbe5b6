package dev.startupmatching.rank;

import static dev.startupmatching.internal.io.JsonDocuments.expect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.internal.io.JsonDocuments;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON form of {@link FitModel}, with errors naming the line and field:
 *
 * <pre>{@code
 * {"type": "fit", "name": "fit 2026.1",
 *  "evidence": {"intercept": -1.9, "weights": {"coverage": 7.8}},
 *  "curve": [[-1.9, 0.0], [-1.2, 0.04], [0.3, 0.61]]}
 * }</pre>
 */
final class FitModelFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonFactory FACTORY = JSON.getFactory();

  private FitModelFormat() {}

  static FitModel read(InputStream in, String source) throws IOException {
    return JsonDocuments.read(FACTORY, in, source, parser -> read(parser, source));
  }

  private static FitModel read(JsonParser parser, String source) throws IOException {
    expect(
        parser.nextToken() == JsonToken.START_OBJECT, source, parser, null, "expected an object");
    String name = null;
    Double intercept = null;
    Map<String, Double> weights = null;
    List<double[]> curve = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "type" ->
            expect(
                value == JsonToken.VALUE_STRING && parser.getText().equals("fit"),
                source,
                parser,
                field,
                "expected \"fit\"");
        case "name" -> {
          expect(
              value == JsonToken.VALUE_STRING && !parser.getText().isBlank(),
              source,
              parser,
              field,
              "expected a non-blank string");
          name = parser.getText();
        }
        case "evidence" -> {
          expect(value == JsonToken.START_OBJECT, source, parser, field, "expected an object");
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String part = parser.currentName();
            JsonToken partValue = parser.nextToken();
            switch (part) {
              case "intercept" -> {
                expect(
                    partValue.isNumeric(),
                    source,
                    parser,
                    "evidence.intercept",
                    "expected a number");
                intercept = parser.getDoubleValue();
              }
              case "weights" -> weights = readWeights(parser, source, partValue);
              default -> expect(false, source, parser, "evidence." + part, "unknown field");
            }
          }
        }
        case "curve" -> curve = readCurve(parser, source, value);
        default -> expect(false, source, parser, field, "unknown field");
      }
    }
    expect(name != null, source, parser, "name", "missing required field");
    expect(intercept != null, source, parser, "evidence.intercept", "missing required field");
    expect(weights != null, source, parser, "evidence.weights", "missing required field");
    expect(curve != null, source, parser, "curve", "missing required field");
    try {
      return FitModel.of(name, intercept, weights, curve);
    } catch (IllegalArgumentException e) {
      throw new InputException(InputError.ofLine(source, 1, e.getMessage()));
    }
  }

  private static Map<String, Double> readWeights(JsonParser parser, String source, JsonToken start)
      throws IOException {
    expect(
        start == JsonToken.START_OBJECT, source, parser, "evidence.weights", "expected an object");
    Map<String, Double> weights = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String signal = parser.currentName();
      String field = "evidence.weights." + signal;
      JsonToken value = parser.nextToken();
      expect(value.isNumeric(), source, parser, field, "expected a number");
      expect(
          weights.put(signal, parser.getDoubleValue()) == null,
          source,
          parser,
          field,
          "duplicate weight");
    }
    return weights;
  }

  private static List<double[]> readCurve(JsonParser parser, String source, JsonToken start)
      throws IOException {
    expect(start == JsonToken.START_ARRAY, source, parser, "curve", "expected an array");
    List<double[]> curve = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_ARRAY) {
      String field = "curve[" + curve.size() + "]";
      double[] point = new double[2];
      for (int i = 0; i < 2; i++) {
        expect(
            parser.nextToken().isNumeric(),
            source,
            parser,
            field,
            "expected a pair of numbers (evidence, fit)");
        point[i] = parser.getDoubleValue();
      }
      expect(
          parser.nextToken() == JsonToken.END_ARRAY,
          source,
          parser,
          field,
          "expected a pair of numbers (evidence, fit)");
      curve.add(point);
    }
    expect(
        parser.currentToken() == JsonToken.END_ARRAY,
        source,
        parser,
        "curve",
        "expected pairs of numbers (evidence, fit)");
    return curve;
  }

  static String write(FitModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "fit");
    root.put("name", model.name());
    ObjectNode evidence = root.putObject("evidence");
    evidence.put("intercept", model.intercept());
    ObjectNode weights = evidence.putObject("weights");
    model.weights().forEach(weights::put);
    ArrayNode curve = root.putArray("curve");
    for (double[] point : model.curve()) {
      curve.addArray().add(point[0]).add(point[1]);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
