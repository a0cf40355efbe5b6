package dev.startupmatching.place;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places and their names: every country, continent, sub-region and grouping of the CLDR through
 * ICU, the groupings and other names of {@value #RESOURCE}, and the rules that resolve a text to a
 * place. Built once, on first use, since reading the names of every place in many languages takes a
 * fraction of a second.
 */
final class Gazetteer {
  private static final String RESOURCE = "places.json";

  /** Bumped when the rules of resolution change, so that {@link #version} changes with them. */
  private static final int RULES = 1;

  /**
   * The languages whose CLDR names resolve, besides each country's own name in its main language:
   * the languages of the library, with Chinese in both scripts.
   */
  private static final ImmutableSet<String> LANGUAGES =
      ImmutableSet.of("en", "de", "it", "zh", "zh-Hant");

  /** The CLDR region types that are places; the CLDR's groupings but the United Nations. */
  private static final ImmutableSet<Region.RegionType> REGION_TYPES =
      ImmutableSet.of(
          Region.RegionType.TERRITORY,
          Region.RegionType.WORLD,
          Region.RegionType.CONTINENT,
          Region.RegionType.SUBCONTINENT,
          Region.RegionType.GROUPING);

  private static final String UNITED_NATIONS = "UN";

  private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}|[0-9]{3}");
  private static final Pattern PARTS = Pattern.compile("[,\uFF0C]");
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");
  private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private final ImmutableMap<String, Place> byCode;
  private final ImmutableMap<String, Place> byName;
  private final ImmutableSet<String> nonPlaces;
  private final ImmutableMap<Place, ImmutableSet<Place>> containers;
  private final String version;

  private Gazetteer(
      ImmutableMap<String, Place> byCode,
      ImmutableMap<String, Place> byName,
      ImmutableSet<String> nonPlaces,
      String version) {
    this.byCode = byCode;
    this.byName = byName;
    this.nonPlaces = nonPlaces;
    this.version = version;
    ImmutableMap.Builder<Place, ImmutableSet<Place>> containers = ImmutableMap.builder();
    for (Place place : byCode.values()) {
      containers.put(
          place,
          byCode.values().stream()
              .filter(other -> !other.equals(place) && place.isWithin(other))
              .sorted(
                  Comparator.comparingInt((Place p) -> p.countries().size())
                      .thenComparing(Place::code))
              .collect(ImmutableSet.toImmutableSet()));
    }
    this.containers = containers.buildOrThrow();
  }

  static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * The place a text names, by the rules in {@link Places#resolve}: the whole text as a name or a
   * code, else the last comma-separated part that names a country, else the last that names a
   * region.
   */
  Optional<Place> resolve(String text) {
    String key = normalize(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Place place = byName.get(key);
    if (place == null) {
      place = byCode(text).orElse(null);
    }
    if (place != null) {
      return Optional.of(place);
    }
    String[] parts = PARTS.split(text);
    if (parts.length < 2) {
      return Optional.empty();
    }
    Place region = null;
    for (int i = parts.length - 1; i >= 0; i--) {
      Place part = byName.get(normalize(parts[i]));
      // Two letters beside a comma are a state or province more often than a country: "Boston,
      // MA" is not in Morocco, nor "Lagos, LA, Nigeria" in Laos. Three are a country's code.
      if (part == null && parts[i].strip().length() == 3) {
        part = byCode(parts[i]).orElse(null);
      }
      if (part != null && part.kind() == Place.Kind.COUNTRY) {
        return Optional.of(part);
      }
      if (region == null) {
        region = part;
      }
    }
    return Optional.ofNullable(region);
  }

  /** A place by its code, an alpha-3 or numeric code or a former code ICU maps to a place. */
  private Optional<Place> byCode(String text) {
    String code = text.strip().replace(".", "").toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    Region region;
    try {
      region = Region.getInstance(code);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    List<Region> preferred = region.getPreferredValues();
    if (region.getType() == Region.RegionType.DEPRECATED) {
      if (preferred == null || preferred.size() != 1) {
        return Optional.empty();
      }
      region = preferred.get(0);
    }
    return Optional.ofNullable(byCode.get(region.toString()));
  }

  /** Returns true when the text is one that stands where a location would but names none. */
  boolean isNonPlace(String text) {
    return nonPlaces.contains(normalize(text));
  }

  /**
   * Returns true when two countries lie in the same UN M49 sub-region, as Hong Kong and China do
   * and Lebanon and the United States do not.
   */
  static boolean sameSubregion(Place country, Place other) {
    return Objects.equals(
        Region.getInstance(country.code()).getContainingRegion(),
        Region.getInstance(other.code()).getContainingRegion());
  }

  ImmutableSet<Place> containers(Place place) {
    return containers.get(place);
  }

  String version() {
    return version;
  }

  /**
   * The form in which names are compared: decomposed, without accents and marks, case-folded,
   * without dots and apostrophes, with "&amp;" as "and", any other punctuation as a space, spaces
   * collapsed and a leading "the" dropped. "Côte d’Ivoire" and "cote d'ivoire" compare equal, as do
   * "U.S." and "us" and "The Netherlands" and "Netherlands".
   */
  static String normalize(String text) {
    String decomposed = DECOMPOSE.normalize(text);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = UCharacter.getType(c);
      if (type == UCharacter.NON_SPACING_MARK
          || type == UCharacter.ENCLOSING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK
          || c == '.'
          || c == '\''
          || c == '\u2019'
          || c == '\u02BC'
          || c == '`'
          || c == '\u00B4') {
        continue;
      }
      if (c == '&') {
        out.append(" and ");
      } else if (UCharacter.isLetterOrDigit(c)) {
        out.appendCodePoint(c);
      } else {
        out.append(' ');
      }
    }
    String folded = UCharacter.foldCase(out.toString(), true).strip().replaceAll("\\s+", " ");
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  private static Gazetteer load() {
    byte[] resource;
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      checkState(in != null, "the resource %s is missing", RESOURCE);
      resource = ByteStreams.toByteArray(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode data;
    try {
      data = new ObjectMapper().readTree(resource);
    } catch (IOException e) {
      throw new IllegalStateException("the resource " + RESOURCE + " is not valid JSON", e);
    }
    Map<String, Place> byCode = new LinkedHashMap<>();
    for (Region.RegionType type : REGION_TYPES) {
      for (Region region : Region.getAvailable(type)) {
        String code = region.toString();
        if (code.equals(UNITED_NATIONS)) {
          continue;
        }
        boolean country = type == Region.RegionType.TERRITORY;
        ImmutableSet<String> countries =
            country
                ? ImmutableSet.of(code)
                : region.getContainedRegions(Region.RegionType.TERRITORY).stream()
                    .map(Region::toString)
                    .sorted()
                    .collect(ImmutableSet.toImmutableSet());
        byCode.put(
            code,
            new Place(
                code,
                country ? Place.Kind.COUNTRY : Place.Kind.REGION,
                countries,
                ImmutableMap.of()));
      }
    }
    ImmutableSet<Place> cldrPlaces = ImmutableSet.copyOf(byCode.values());
    Names names = new Names();
    for (JsonNode grouping : data.path("groupings")) {
      String code = grouping.path("code").asText();
      checkState(!byCode.containsKey(code), "%s defines the place %s twice", RESOURCE, code);
      ImmutableSet.Builder<String> countries = ImmutableSet.builder();
      for (JsonNode member : grouping.path("members")) {
        Place place = byCode.get(member.asText());
        checkState(
            place != null,
            "%s: grouping %s has member %s, which is no place defined before it",
            RESOURCE,
            code,
            member.asText());
        countries.addAll(place.countries());
      }
      ImmutableMap.Builder<String, String> groupingNames = ImmutableMap.builder();
      grouping
          .path("names")
          .properties()
          .forEach(e -> groupingNames.put(e.getKey(), e.getValue().asText()));
      Place place =
          new Place(code, Place.Kind.REGION, countries.build(), groupingNames.buildOrThrow());
      checkState(!place.name().isEmpty(), "%s: grouping %s has no English name", RESOURCE, code);
      byCode.put(code, place);
      grouping.path("names").forEach(name -> names.define(name.asText(), place));
      grouping.path("aliases").forEach(alias -> names.define(alias.asText(), place));
    }
    data.path("aliases")
        .properties()
        .forEach(
            entry -> {
              Place place = byCode.get(entry.getKey());
              checkState(
                  place != null,
                  "%s has aliases of %s, which is no place",
                  RESOURCE,
                  entry.getKey());
              entry.getValue().forEach(alias -> names.define(alias.asText(), place));
            });
    for (String language : LANGUAGES) {
      ULocale locale = ULocale.forLanguageTag(language);
      for (DisplayContext length :
          List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
        LocaleDisplayNames display = LocaleDisplayNames.getInstance(locale, length);
        for (Place place : cldrPlaces) {
          names.add(display.regionDisplayName(place.code()), place);
        }
      }
    }
    for (Place place : cldrPlaces) {
      if (place.kind() == Place.Kind.COUNTRY) {
        ULocale own = ULocale.addLikelySubtags(new ULocale("und_" + place.code()));
        names.add(own.getDisplayCountry(own), place);
      }
    }
    ImmutableSet<String> nonPlaces = ImmutableSet.copyOf(strings(data.path("nonPlaces")));
    String version =
        RULES
            + "-cldr"
            + LocaleData.getCLDRVersion()
            + "-"
            + Hashing.sha256().hashBytes(resource).toString().substring(0, 12);
    return new Gazetteer(
        ImmutableMap.copyOf(byCode),
        names.build(),
        nonPlaces.stream().map(Gazetteer::normalize).collect(ImmutableSet.toImmutableSet()),
        version);
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(node -> strings.add(node.asText()));
    return strings;
  }

  /**
   * Names by their {@link #normalize normal form}. A name the resource defines must name one place;
   * a CLDR name that another place already has is left to that place, so that the resource decides
   * and the first language wins.
   */
  private static final class Names {
    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> defined = new HashMap<>();

    void define(String name, Place place) {
      String key = normalize(name);
      Place earlier = defined.putIfAbsent(key, place);
      checkState(
          earlier == null || earlier.equals(place),
          "%s names both %s and %s '%s'",
          RESOURCE,
          earlier,
          place,
          name);
      byName.put(key, place);
    }

    /** Adds a CLDR name, unless ICU, having no name, answered with the code. */
    void add(String name, Place place) {
      if (name.equalsIgnoreCase(place.code())) {
        return;
      }
      byName.putIfAbsent(normalize(name), place);
      // "Myanmar (Burma)" is also "Myanmar" and "Burma".
      Matcher parenthesis = PARENTHESIS.matcher(name);
      if (parenthesis.find()) {
        byName.putIfAbsent(normalize(parenthesis.group(1)), place);
        byName.putIfAbsent(normalize(parenthesis.replaceAll(" ")), place);
      }
    }

    ImmutableMap<String, Place> build() {
      byName.remove("");
      return ImmutableMap.copyOf(byName);
    }
  }
}
