package dev.startupmatching.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.model.TechnologyArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tree of {@link TechnologyArea technology areas}, such as "automated driving" with "lidar" and
 * "radar" below it, named in several languages.
 *
 * <p>A taxonomy is valid by construction: area ids are unique, every parent exists and there are no
 * cycles. {@link #problems} reports areas that lack a label in a language. The built-in taxonomy
 * ({@link #builtIn}) covers automotive open innovation in English, German, simplified Chinese and
 * Italian; {@link #read} loads a file of the same JSON format (see {@link TaxonomyFormat}) that
 * replaces it or, through {@link #extendedWith}, extends it. Instances are immutable and
 * thread-safe.
 */
public final class Taxonomy {
  /** The languages of the built-in taxonomy: English, German, simplified Chinese, Italian. */
  public static final List<String> BUILT_IN_LANGUAGES = ImmutableList.of("en", "de", "zh", "it");

  private static final String BUILT_IN_RESOURCE = "taxonomy.json";

  /** Loaded on first use: the resource is large and many users never need it. */
  private static final class BuiltIn {
    static final Taxonomy INSTANCE = load();

    private static Taxonomy load() {
      try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in taxonomy resource is missing");
        }
        return read(in, "built-in " + BUILT_IN_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final String version;
  private final ImmutableList<String> languages;
  private final ImmutableMap<String, TechnologyArea> areas;
  private final ImmutableListMultimap<String, TechnologyArea> children;

  private Taxonomy(
      String version, ImmutableList<String> languages, ImmutableMap<String, TechnologyArea> areas) {
    this.version = version;
    this.languages = languages;
    this.areas = areas;
    ImmutableListMultimap.Builder<String, TechnologyArea> byParent =
        ImmutableListMultimap.builder();
    for (TechnologyArea area : areas.values()) {
      area.parent().ifPresent(parent -> byParent.put(parent, area));
    }
    this.children = byParent.build();
  }

  /** Returns the built-in automotive taxonomy. */
  public static Taxonomy builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Returns a taxonomy without areas. */
  public static Taxonomy empty() {
    return new Taxonomy("empty", ImmutableList.of(), ImmutableMap.of());
  }

  /**
   * Returns a taxonomy of these areas.
   *
   * @param version names this taxonomy's content; indexes record it
   * @param languages the languages every area should be named in, checked by {@link #problems}
   * @throws IllegalArgumentException if an id repeats, a parent is missing or parents form a cycle
   */
  public static Taxonomy of(
      String version, List<String> languages, Iterable<TechnologyArea> areas) {
    checkArgument(version != null && !version.isBlank(), "version must not be blank");
    Map<String, TechnologyArea> byId = new LinkedHashMap<>();
    for (TechnologyArea area : areas) {
      checkArgument(byId.put(area.id(), area) == null, "duplicate area id '%s'", area.id());
    }
    for (TechnologyArea area : byId.values()) {
      area.parent()
          .ifPresent(
              parent ->
                  checkArgument(
                      byId.containsKey(parent),
                      "area '%s' has parent '%s', which is not an area",
                      area.id(),
                      parent));
      checkNoCycle(area, byId);
    }
    return new Taxonomy(version, ImmutableList.copyOf(languages), ImmutableMap.copyOf(byId));
  }

  private static void checkNoCycle(TechnologyArea area, Map<String, TechnologyArea> byId) {
    Set<String> seen = new HashSet<>();
    TechnologyArea current = area;
    while (current != null) {
      checkArgument(seen.add(current.id()), "area '%s' is its own ancestor", area.id());
      current = current.parent().map(byId::get).orElse(null);
    }
  }

  /**
   * Reads a taxonomy file in the JSON format described by {@link TaxonomyFormat}.
   *
   * @throws dev.startupmatching.io.InputException naming the file, the line and the field of the
   *     first problem, including an area without a label in a language the file declares
   */
  public static Taxonomy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a taxonomy from a stream; {@code sourceName} names it in errors. */
  public static Taxonomy read(InputStream in, String sourceName) throws IOException {
    return TaxonomyFormat.read(in, sourceName, empty());
  }

  /**
   * Returns this taxonomy extended with the areas of a file in the same format: the file's areas
   * may have parents here, and one with the id of an area here replaces it.
   *
   * @throws dev.startupmatching.io.InputException naming the file, the line and the field of the
   *     first problem
   */
  public Taxonomy extendedWith(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return extendedWith(in, file.toString());
    }
  }

  /** As {@link #extendedWith(Path)}, from a stream that {@code sourceName} names in errors. */
  public Taxonomy extendedWith(InputStream in, String sourceName) throws IOException {
    return TaxonomyFormat.read(in, sourceName, this);
  }

  /**
   * Returns this taxonomy with the areas of another added; an area of {@code extension} with the id
   * of an area here replaces it. Languages are those of both.
   *
   * @throws IllegalArgumentException if the result would be invalid, for example when an added area
   *     names a parent that neither taxonomy has
   */
  public Taxonomy extendedWith(Taxonomy extension) {
    Map<String, TechnologyArea> merged = new LinkedHashMap<>(areas);
    merged.putAll(extension.areas);
    List<String> allLanguages = new ArrayList<>(languages);
    extension.languages.stream().filter(l -> !allLanguages.contains(l)).forEach(allLanguages::add);
    return of(version + "+" + extension.version, allLanguages, merged.values());
  }

  /** Names the content of this taxonomy, such as {@code "2026.1"}. */
  public String version() {
    return version;
  }

  /** The languages every area should be named in. */
  public List<String> languages() {
    return languages;
  }

  /** Every area, parents before their children. */
  public Collection<TechnologyArea> areas() {
    return areas.values();
  }

  /** The number of areas. */
  public int size() {
    return areas.size();
  }

  /** The area with this id, if there is one. */
  public Optional<TechnologyArea> area(String id) {
    return Optional.ofNullable(areas.get(id));
  }

  /** The direct children of an area; empty for a leaf or an unknown id. */
  public List<TechnologyArea> children(String id) {
    return children.get(id);
  }

  /** The ids of an area's ancestors, its parent first; empty for a top-level or unknown area. */
  public List<String> ancestors(String id) {
    ImmutableList.Builder<String> ancestors = ImmutableList.builder();
    TechnologyArea area = areas.get(id);
    while (area != null && area.parent().isPresent()) {
      String parent = area.parent().get();
      ancestors.add(parent);
      area = areas.get(parent);
    }
    return ancestors.build();
  }

  /**
   * Lists what keeps this taxonomy from naming every area in every one of its {@link #languages}:
   * one line per area and language without a label. Empty when there is nothing to report.
   */
  public List<String> problems() {
    return problems(languages);
  }

  /** As {@link #problems()}, for the given languages. */
  public List<String> problems(Collection<String> requiredLanguages) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (TechnologyArea area : areas.values()) {
      for (String language : requiredLanguages) {
        if (!area.labels().containsKey(language)) {
          problems.add("area '" + area.id() + "' has no label in '" + language + "'");
        }
      }
    }
    return problems.build();
  }

  @Override
  public String toString() {
    return "Taxonomy " + version + " (" + areas.size() + " areas, " + languages + ")";
  }
}
