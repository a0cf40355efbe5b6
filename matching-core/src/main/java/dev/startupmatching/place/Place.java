package dev.startupmatching.place;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Set;

/**
 * A country or a region of countries: the world, a continent, a UN M49 sub-region such as Western
 * Europe, or a grouping such as the European Union or DACH.
 *
 * <p>Places come from {@link Places#resolve}, one instance per code. A place is {@linkplain
 * #isWithin within} another when every country of the one is a country of the other: Germany is
 * within Western Europe, DACH, the European Union and Europe, and DACH is within Europe. Instances
 * are immutable and thread-safe.
 */
public final class Place {
  /** What a place is. */
  public enum Kind {
    /** A country or territory with an ISO 3166 code, such as Germany or Hong Kong. */
    COUNTRY,
    /** A region that contains countries, such as Europe, the European Union or Greater China. */
    REGION
  }

  private final String code;
  private final Kind kind;
  private final ImmutableSet<String> countries;
  private final ImmutableMap<String, String> names;
  private final String englishName;

  /**
   * @param countries the codes of the countries in the place; a country's own code for a country
   * @param names names by language for a place the CLDR does not name; empty for one it names
   */
  Place(
      String code, Kind kind, ImmutableSet<String> countries, ImmutableMap<String, String> names) {
    this.code = code;
    this.kind = kind;
    this.countries = countries;
    this.names = names;
    this.englishName = nameIn("en");
  }

  /**
   * The code: the ISO 3166-1 alpha-2 code of a country ({@code DE}), the UN M49 or CLDR code of a
   * region ({@code 150} for Europe, {@code EU}), or the code of a grouping this library defines
   * ({@code DACH}, {@code GREATER-CHINA}).
   */
  public String code() {
    return code;
  }

  /** Whether this is a country or a region. */
  public Kind kind() {
    return kind;
  }

  /** The English name, such as "Germany" or "Europe". */
  public String name() {
    return englishName;
  }

  /**
   * The name in a language, from the CLDR, such as "Deutschland" in {@code "de"}, "德国" in {@code
   * "zh"} and "Germania" in {@code "it"}. Groupings the CLDR does not know are named in English,
   * German, Chinese and Italian; in other languages, and in languages the CLDR does not name a
   * place in, the English name is returned.
   *
   * @param language a BCP 47 language tag such as {@code "de"} or {@code "zh-Hant"}
   */
  public String name(String language) {
    checkArgument(language != null && !language.isBlank(), "language must not be null or blank");
    return language.equals("en") ? englishName : nameIn(language);
  }

  private String nameIn(String language) {
    if (!names.isEmpty()) {
      return names.getOrDefault(language, names.get("en"));
    }
    String name =
        LocaleDisplayNames.getInstance(
                ULocale.forLanguageTag(language), DisplayContext.CAPITALIZATION_FOR_STANDALONE)
            .regionDisplayName(code);
    if (name.equals(code) && !language.equals("en")) {
      // ICU answers with the code itself when it has no name in the language.
      return nameIn("en");
    }
    // The CLDR writes "world" for use inside a sentence and has no rule to capitalise English.
    int first = Character.charCount(name.codePointAt(0));
    return UCharacter.toUpperCase(name.substring(0, first)) + name.substring(first);
  }

  /**
   * Returns true when this place is {@code other} or lies inside it: when every country of this
   * place is a country of {@code other}.
   */
  public boolean isWithin(Place other) {
    checkArgument(other != null, "other must not be null");
    return other.countries.containsAll(countries);
  }

  /**
   * The places this place is within, itself excluded, from the smallest to the largest: for
   * Germany, Western Europe, DACH, ..., Europe, ..., the world.
   */
  public Set<Place> containers() {
    return Gazetteer.get().containers(this);
  }

  /** The codes of the countries in this place; for a country, its own code. */
  ImmutableSet<String> countries() {
    return countries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the English name and the code, such as {@code "Germany (DE)"}. */
  @Override
  public String toString() {
    return englishName + " (" + code + ")";
  }
}
