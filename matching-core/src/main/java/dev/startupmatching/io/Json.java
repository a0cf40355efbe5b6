package dev.startupmatching.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.internal.io.JsonDocuments;
import java.io.IOException;

/** The JSON syntax of one line: parsing with line-level errors, and writing. */
final class Json {
  /** The deepest nesting of arrays and objects accepted in a line; records nest two levels. */
  static final int MAX_NESTING_DEPTH = 64;

  /** The most digits (with sign, point and exponent) of a number; a long has at most 20. */
  static final int MAX_NUMBER_LENGTH = 100;

  // Thread-safe once configured. Duplicate keys are rejected because the record they would
  // describe is ambiguous. The limits keep a hostile line from costing much more than its length:
  // no string longer than a line can be, no deep recursion, no slow parsing of huge numbers.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(JsonLinesReader.MAX_LINE_BYTES)
                      .maxNameLength(JsonLinesReader.MAX_LINE_BYTES)
                      .maxNestingDepth(MAX_NESTING_DEPTH)
                      .maxNumberLength(MAX_NUMBER_LENGTH)
                      .build())
              .build());

  private Json() {}

  /**
   * Parses one line that must hold exactly one JSON object.
   *
   * @throws LineException if the line is malformed JSON, holds something other than an object, or
   *     has content after the object
   */
  static ObjectNode parseObject(String line) {
    JsonParser parser;
    try {
      parser = MAPPER.createParser(line);
    } catch (IOException e) {
      throw new AssertionError("parsing a String does no I/O", e);
    }
    // Declared before the try so that a catch block can still ask the closed parser where it
    // stopped.
    try (parser) {
      parser.nextToken();
      JsonLocation start = parser.currentTokenLocation();
      JsonNode value = MAPPER.readTree(parser);
      if (!value.isObject()) {
        throw new LineException(
            "expected a JSON object but found " + describe(value) + atColumn(start));
      }
      // Checked here rather than with DeserializationFeature.FAIL_ON_TRAILING_TOKENS, whose message
      // names Jackson internals instead of the column.
      if (parser.nextToken() != null) {
        throw new LineException(
            "unexpected content after the JSON object" + atColumn(parser.currentTokenLocation()));
      }
      return (ObjectNode) value;
    } catch (StreamConstraintsException e) {
      throw new LineException(
          "JSON over a limit"
              + atColumn(JsonDocuments.location(e, parser))
              + ": "
              + clean(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new LineException(
          "malformed JSON" + atColumn(e.getLocation()) + ": " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new AssertionError("parsing a String does no I/O", e);
    }
  }

  /** Returns the object as compact JSON text without a line end. */
  static String write(ObjectNode object) throws JsonProcessingException {
    return MAPPER.writeValueAsString(object);
  }

  /** Describes the JSON type of a value for an error message, such as "a string". */
  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> value.isIntegralNumber() ? "an integer" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      // Parsed text holds none of the remaining node types.
      default -> value.getNodeType().toString();
    };
  }

  private static String atColumn(JsonLocation location) {
    return location == null || location.getColumnNr() < 1
        ? ""
        : " at column " + location.getColumnNr();
  }

  /**
   * Puts Jackson's message on one line and drops the input description it may embed in a nested
   * location, which says nothing about a line of text.
   */
  private static String clean(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\[Source: [^;]*; ", "[").strip();
  }
}
