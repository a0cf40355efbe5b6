package dev.startupmatching.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * @throws InputException naming the file and the entry of the first problem
   */
  public static Lexicon read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a lexicon from a stream; {@code sourceName} names it in errors. */
  public static Lexicon read(InputStream in, String sourceName) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(
          InputError.ofLine(sourceName, line, "malformed JSON: " + e.getOriginalMessage()));
    }
    JsonNode entries = root == null ? null : root.get("entries");
    if (entries == null || !entries.isArray()) {
      throw new InputException(
          InputError.ofField(sourceName, 1, "entries", "expected an array of entries"));
    }
    ImmutableList.Builder<ImmutableListMultimap<String, String>> built = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      built.add(entry(entries.get(i), sourceName, "entries[" + i + "]"));
    }
    return new Lexicon(root.path("version").asText("unversioned"), built.build());
  }

  private static ImmutableListMultimap<String, String> entry(
      JsonNode node, String source, String path) {
    ImmutableListMultimap.Builder<String, String> words = ImmutableListMultimap.builder();
    for (Map.Entry<String, JsonNode> language : node.properties()) {
      for (JsonNode word : language.getValue()) {
        if (!word.isTextual() || word.asText().isBlank()) {
          throw new InputException(
              InputError.ofField(
                  source, 0, path + "." + language.getKey(), "expected non-blank strings"));
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
  public ImmutableList<ImmutableListMultimap<String, String>> entries() {
    return entries;
  }
}
