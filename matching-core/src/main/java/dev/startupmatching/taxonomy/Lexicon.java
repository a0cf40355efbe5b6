package dev.startupmatching.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Lists;
import com.google.common.collect.Multimaps;
import dev.startupmatching.internal.io.JsonDocuments;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * General words and their translations: "Fahrzeug", "车辆" and "veicolo" are "vehicle". Where the
 * {@link Taxonomy} names technology areas, the lexicon covers the everyday words of needs and
 * profiles around them, so that a need can be translated into the language of a profile.
 *
 * <p>The JSON format: {@code {"version": "...", "entries": [{"en": ["vehicle", "car"], "de":
 * ["Fahrzeug"], "zh": ["车辆"], "it": ["veicolo"]}, ...]}}: each entry lists the words of one meaning
 * per language code. Instances are immutable and thread-safe.
 */
public final class Lexicon {
  private static final String BUILT_IN_RESOURCE = "lexicon.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Loaded on first use. */
  private static final class BuiltIn {
    static final Lexicon INSTANCE = load();

    private static Lexicon load() {
      try (InputStream in = Lexicon.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in lexicon resource is missing");
        }
        return read(in, "built-in " + BUILT_IN_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final String version;
  private final ImmutableList<ImmutableListMultimap<String, String>> entries;

  private Lexicon(String version, ImmutableList<ImmutableListMultimap<String, String>> entries) {
    this.version = version;
    this.entries = entries;
  }

  /** Returns the built-in lexicon of English, German, simplified Chinese and Italian. */
  public static Lexicon builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Returns a lexicon without entries. */
  public static Lexicon empty() {
    return new Lexicon("empty", ImmutableList.of());
  }

  /**
   * Reads a lexicon file.
   *
   * @throws InputException naming the file, the line and the entry of the first problem
   */
  public static Lexicon read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a lexicon from a stream; {@code sourceName} names it in errors. */
  public static Lexicon read(InputStream in, String sourceName) throws IOException {
    String version = "unversioned";
    ImmutableList<ImmutableListMultimap<String, String>> entries = null;
    // Streamed rather than read as one tree, so that an error can name the line of its entry.
    JsonParser parser = null;
    try {
      parser = JSON.createParser(in);
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("entries") && value == JsonToken.START_ARRAY) {
            entries = entries(parser, sourceName);
          } else {
            JsonNode node = JSON.readTree(parser);
            if (field.equals("version")) {
              version = node.asText("unversioned");
            } else if (field.equals("entries")) {
              entries = null;
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw JsonDocuments.malformed(sourceName, e, parser);
    } catch (CharConversionException e) {
      throw JsonDocuments.undecodable(sourceName, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (entries == null) {
      throw new InputException(
          InputError.ofField(sourceName, 1, "entries", "expected an array of entries"));
    }
    return new Lexicon(version, entries);
  }

  private static ImmutableList<ImmutableListMultimap<String, String>> entries(
      JsonParser parser, String source) throws IOException {
    ImmutableList.Builder<ImmutableListMultimap<String, String>> entries = ImmutableList.builder();
    int index = 0;
    for (JsonToken token = parser.nextToken();
        token != null && token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      long line = JsonDocuments.line(parser);
      entries.add(entry(JSON.readTree(parser), source, line, "entries[" + index++ + "]"));
    }
    return entries.build();
  }

  private static ImmutableListMultimap<String, String> entry(
      JsonNode node, String source, long line, String path) {
    ImmutableListMultimap.Builder<String, String> words = ImmutableListMultimap.builder();
    for (Map.Entry<String, JsonNode> language : node.properties()) {
      for (JsonNode word : language.getValue()) {
        if (!word.isTextual() || word.asText().isBlank()) {
          throw new InputException(
              InputError.ofField(
                  source, line, path + "." + language.getKey(), "expected non-blank strings"));
        }
        words.put(language.getKey(), word.asText().strip());
      }
    }
    return words.build();
  }

  /** Names the content of this lexicon. */
  public String version() {
    return version;
  }

  /** Every entry: the words of one meaning, by language code. */
  public List<Map<String, List<String>>> entries() {
    return Lists.transform(entries, Multimaps::asMap);
  }
}
