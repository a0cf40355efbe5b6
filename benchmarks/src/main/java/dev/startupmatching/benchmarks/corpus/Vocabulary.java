package dev.startupmatching.benchmarks.corpus;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the synthetic corpus is written with, read from this package's resources: per
 * technology area ({@code areas.txt}, with German and Chinese terms for some in {@code
 * areas-de.txt} and {@code areas-zh.txt}), and general words by section ({@code words.txt}).
 * Immutable and thread-safe.
 */
final class Vocabulary {
  /** The words of one technology area of the built-in taxonomy. */
  record Area(
      String id,
      ImmutableList<String> terms,
      ImmutableList<String> products,
      ImmutableMap<String, ImmutableList<String>> foreignTerms) {

    /** The parent area's id, or this id for a top-level area. */
    String parent() {
      int dot = id.lastIndexOf('.');
      return dot < 0 ? id : id.substring(0, dot);
    }

    /** The top-level area's id. */
    String topLevel() {
      int dot = id.indexOf('.');
      return dot < 0 ? id : id.substring(0, dot);
    }

    /** The area's terms in a language other than English, or none. */
    ImmutableList<String> terms(String language) {
      return foreignTerms.getOrDefault(language, ImmutableList.of());
    }
  }

  /** A headquarters location: a city, its country and the regions it belongs to. */
  record Place(String city, String country, ImmutableList<String> regions) {}

  private static final Splitter ENTRIES = Splitter.on(';').trimResults().omitEmptyStrings();
  private static final Splitter FIELDS = Splitter.on('|').trimResults();
  private static final Splitter COMMAS = Splitter.on(',').trimResults();

  private static final class BuiltIn {
    static final Vocabulary INSTANCE = load();
  }

  private final ImmutableMap<String, Area> areas;
  private final ImmutableListMultimap<String, String> words;
  private final ImmutableList<Place> places;
  private final ImmutableMap<String, String> units;

  private Vocabulary(
      ImmutableMap<String, Area> areas,
      ImmutableListMultimap<String, String> words,
      ImmutableList<Place> places,
      ImmutableMap<String, String> units) {
    this.areas = areas;
    this.words = words;
    this.places = places;
    this.units = units;
  }

  /** The vocabulary of this package's resources. */
  static Vocabulary builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** The areas, in file order. */
  ImmutableMap<String, Area> areas() {
    return areas;
  }

  /** The words of a section of {@code words.txt}, the most frequent first. */
  ImmutableList<String> words(String section) {
    ImmutableList<String> found = words.get(section);
    checkState(!found.isEmpty(), "no words in section [%s]", section);
    return found;
  }

  ImmutableList<Place> places() {
    return places;
  }

  /** The business unit that owns needs of a top-level area. */
  String unit(String topLevelArea) {
    String unit = units.get(topLevelArea);
    checkState(unit != null, "no unit for area %s", topLevelArea);
    return unit;
  }

  private static Vocabulary load() {
    Map<String, ImmutableMap.Builder<String, ImmutableList<String>>> foreign =
        new LinkedHashMap<>();
    for (String language : List.of("de", "zh")) {
      for (String line : lines("areas-" + language + ".txt")) {
        List<String> fields = FIELDS.splitToList(line);
        foreign
            .computeIfAbsent(fields.get(0), id -> ImmutableMap.builder())
            .put(language, ImmutableList.copyOf(ENTRIES.split(fields.get(1))));
      }
    }
    ImmutableMap.Builder<String, Area> areas = ImmutableMap.builder();
    for (String line : lines("areas.txt")) {
      List<String> fields = FIELDS.splitToList(line);
      checkState(fields.size() == 3, "areas.txt: expected 3 fields in '%s'", line);
      String id = fields.get(0);
      ImmutableMap.Builder<String, ImmutableList<String>> other = foreign.remove(id);
      areas.put(
          id,
          new Area(
              id,
              ImmutableList.copyOf(ENTRIES.split(fields.get(1))),
              ImmutableList.copyOf(ENTRIES.split(fields.get(2))),
              other == null ? ImmutableMap.of() : other.build()));
    }
    checkState(foreign.isEmpty(), "foreign terms of unknown areas %s", foreign.keySet());

    ImmutableListMultimap.Builder<String, String> words = ImmutableListMultimap.builder();
    String section = null;
    for (String line : lines("words.txt")) {
      if (line.startsWith("[")) {
        section = line.substring(1, line.indexOf(']'));
      } else {
        checkState(section != null, "words.txt: words before the first section");
        words.putAll(section, ENTRIES.split(line));
      }
    }
    ImmutableListMultimap<String, String> allWords = words.build();
    ImmutableList.Builder<Place> places = ImmutableList.builder();
    for (String entry : allWords.get("places")) {
      List<String> parts = COMMAS.splitToList(entry);
      places.add(
          new Place(
              parts.get(0), parts.get(1), ImmutableList.copyOf(parts.subList(2, parts.size()))));
    }
    ImmutableMap.Builder<String, String> units = ImmutableMap.builder();
    for (String entry : allWords.get("units")) {
      List<String> parts = COMMAS.splitToList(entry);
      units.put(parts.get(0), parts.get(1));
    }
    return new Vocabulary(areas.build(), allWords, places.build(), units.build());
  }

  /** The lines of a resource that are neither blank nor comments. */
  private static List<String> lines(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      checkState(in != null, "missing resource %s", resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
