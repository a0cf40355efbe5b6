package dev.startupmatching.taxonomy;

import static dev.startupmatching.internal.io.JsonDocuments.expect;
import static dev.startupmatching.internal.io.JsonDocuments.line;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.internal.io.JsonDocuments;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.model.TechnologyArea;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON format of a taxonomy file:
 *
 * <pre>{@code
 * {
 *   "version": "2026.1",
 *   "languages": ["en", "de", "zh", "it"],
 *   "areas": [
 *     {"id": "automated-driving", "parent": null,
 *      "labels": {"en": "Automated driving", "de": "Automatisiertes Fahren", ...},
 *      "synonyms": {"en": ["self-driving", "driverless"], "de": ["autonomes Fahren"], ...}},
 *     {"id": "automated-driving.lidar", "parent": "automated-driving", ...}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code version} and {@code areas} are required; each area needs an {@code id} and a label in
 * every language of {@code languages}. {@code parent} names an area listed anywhere in the file;
 * {@code synonyms} are optional. Unknown fields are ignored. Errors name the file, the line of the
 * area and the field.
 */
final class TaxonomyFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private TaxonomyFormat() {}

  private record LocatedArea(TechnologyArea area, long line, int index) {}

  /**
   * Reads a taxonomy file whose areas extend {@code base}: a parent may be an area of either, and
   * an area with the id of a base area replaces it. With an empty base the file stands alone.
   */
  static Taxonomy read(InputStream in, String source, Taxonomy base) throws IOException {
    String version = null;
    List<String> languages = List.of();
    List<LocatedArea> areas = new ArrayList<>();
    // Closed after the catch blocks, which read where the parser stopped.
    JsonParser parser = null;
    try {
      parser = JSON.createParser(in);
      expect(
          parser.nextToken() == JsonToken.START_OBJECT,
          source,
          parser,
          null,
          "expected a JSON object");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "version" -> {
            expect(value == JsonToken.VALUE_STRING, source, parser, field, "expected a string");
            version = parser.getText();
          }
          case "languages" ->
              languages = strings(JSON.readTree(parser), source, line(parser), field);
          case "areas" -> {
            expect(value == JsonToken.START_ARRAY, source, parser, field, "expected an array");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              long line = line(parser);
              int index = areas.size();
              JsonNode node = JSON.readTree(parser);
              areas.add(
                  new LocatedArea(area(node, source, line, "areas[" + index + "]"), line, index));
            }
          }
          default -> parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw JsonDocuments.malformed(source, e, parser);
    } catch (CharConversionException e) {
      throw JsonDocuments.undecodable(source, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (version == null || version.isBlank()) {
      throw new InputException(InputError.ofField(source, 1, "version", "missing required field"));
    }
    checkStructure(areas, languages, source, base);
    Map<String, TechnologyArea> merged = new LinkedHashMap<>();
    base.areas().forEach(area -> merged.put(area.id(), area));
    areas.forEach(located -> merged.put(located.area().id(), located.area()));
    List<String> allLanguages = new ArrayList<>(base.languages());
    languages.stream().filter(l -> !allLanguages.contains(l)).forEach(allLanguages::add);
    String fullVersion = base.size() == 0 ? version : base.version() + "+" + version;
    return Taxonomy.of(fullVersion, allLanguages, merged.values());
  }

  private static void checkStructure(
      List<LocatedArea> areas, List<String> languages, String source, Taxonomy base) {
    Map<String, LocatedArea> byId = new HashMap<>();
    for (LocatedArea located : areas) {
      LocatedArea first = byId.putIfAbsent(located.area().id(), located);
      if (first != null) {
        throw fieldError(
            source,
            located,
            "id",
            "duplicate area id '" + located.area().id() + "', first on line " + first.line());
      }
    }
    for (LocatedArea located : areas) {
      TechnologyArea area = located.area();
      if (area.parent().isPresent()
          && !byId.containsKey(area.parent().get())
          && base.area(area.parent().get()).isEmpty()) {
        throw fieldError(
            source, located, "parent", "parent '" + area.parent().get() + "' is not an area");
      }
      for (String language : languages) {
        if (!area.labels().containsKey(language)) {
          throw fieldError(
              source,
              located,
              "labels." + language,
              "no label in '" + language + "', a language the file declares");
        }
      }
    }
    Map<String, TechnologyArea> merged = new LinkedHashMap<>();
    base.areas().forEach(area -> merged.put(area.id(), area));
    areas.forEach(located -> merged.put(located.area().id(), located.area()));
    try {
      Taxonomy.of("check", languages, merged.values());
    } catch (IllegalArgumentException e) {
      // Only a cycle is left to find here; name its first area.
      String message = e.getMessage();
      LocatedArea culprit =
          areas.stream()
              .filter(a -> message.contains("'" + a.area().id() + "'"))
              .findFirst()
              .orElse(areas.get(0));
      throw fieldError(source, culprit, "parent", message);
    }
  }

  private static InputException fieldError(
      String source, LocatedArea located, String field, String message) {
    return new InputException(
        InputError.ofField(
            source, located.line(), "areas[" + located.index() + "]." + field, message));
  }

  private static TechnologyArea area(JsonNode node, String source, long line, String path) {
    TechnologyArea.Builder builder = TechnologyArea.builder();
    String field = path;
    try {
      field = path + ".id";
      JsonNode id = node.get("id");
      if (id == null || id.isNull()) {
        throw new InputException(InputError.ofField(source, line, field, "missing required field"));
      }
      builder.id(text(id, source, line, field));
      field = path + ".parent";
      JsonNode parent = node.get("parent");
      if (parent != null && !parent.isNull()) {
        builder.parent(text(parent, source, line, field));
      }
      JsonNode labels = node.path("labels");
      for (Map.Entry<String, JsonNode> label : labels.properties()) {
        field = path + ".labels." + label.getKey();
        builder.label(label.getKey(), text(label.getValue(), source, line, field));
      }
      JsonNode synonyms = node.path("synonyms");
      for (Map.Entry<String, JsonNode> words : synonyms.properties()) {
        field = path + ".synonyms." + words.getKey();
        builder.synonyms(words.getKey(), strings(words.getValue(), source, line, field));
      }
      field = path;
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputException(InputError.ofField(source, line, field, e.getMessage()));
    }
  }

  private static String text(JsonNode node, String source, long line, String field) {
    if (!node.isTextual()) {
      throw new InputException(InputError.ofField(source, line, field, "expected a string"));
    }
    return node.asText();
  }

  private static List<String> strings(JsonNode node, String source, long line, String field) {
    if (!node.isArray()) {
      throw new InputException(
          InputError.ofField(source, line, field, "expected an array of strings"));
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(text(node.get(i), source, line, field + "[" + i + "]"));
    }
    return values;
  }
}
