package dev.startupmatching.place;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * Resolves texts such as "Deutschland", "DE", "Munich, Bavaria, Germany" or "EMEA" to the {@link
 * Place} they name.
 *
 * <p>The countries, their names in every language and the UN M49 regions that contain them come
 * from the Unicode CLDR, read through ICU4J; groupings the CLDR does not define (DACH, Greater
 * China, Asia-Pacific, EMEA, the Nordic countries, Benelux, the Middle East, ...) and common other
 * names ("UK", "England", "Mainland China", "Turkey") from a resource of this package. The data,
 * its groupings and their members are listed in docs/places.md. This class is thread-safe; the data
 * is read on first use.
 */
public final class Places {
  private Places() {}

  /**
   * Returns the place a text names, or empty when it names none.
   *
   * <p>Texts are compared without regard to case, accents, surrounding spaces, dots, apostrophes
   * and other punctuation, and a leading "the" is ignored. A text names a place when it is:
   *
   * <ul>
   *   <li>a name of the place in English, German, Italian or Chinese (simplified or traditional), a
   *       country's name in its own main language ("España", "日本"), or another common name ("UK",
   *       "U.S.", "Holland", "Mainland China"): "Germany", "Deutschland", "Germania" and "德国" all
   *       name Germany;
   *   <li>an ISO 3166-1 alpha-2, alpha-3 or numeric code, a former code ICU maps to one country, or
   *       a UN M49 region code: "DE", "DEU", "276", "UK", "150" (Europe);
   *   <li>a comma-separated location whose last part that names a country names it, or else whose
   *       last part that names a region does: "Munich, Bavaria, Germany" and "San Francisco, CA,
   *       USA" name Germany and the United States. Two-letter codes count only as the whole text,
   *       since in a location they are states or provinces more often than countries: "CA" is
   *       Canada, while "Boston, MA" names no place (MA would be Morocco).
   * </ul>
   *
   * <p>Cities, states and provinces are not places of their own: "Munich" names no place. A text
   * that names no place may be one that stands where a location would, such as "Remote" or
   * "Unspecified"; {@link Location} tells those apart.
   *
   * @throws IllegalArgumentException if {@code text} is null
   */
  public static Optional<Place> resolve(String text) {
    checkArgument(text != null, "text must not be null");
    return Gazetteer.get().resolve(text);
  }

  /**
   * Identifies the place data: the rules of resolution, the CLDR version and the groupings and
   * names of this package, such as {@code "1-cldr49.0-3e9a1f0c27b4"}. It changes whenever a text
   * might resolve otherwise, so that what was computed from resolved places, such as an index, can
   * tell that it must be computed again.
   */
  public static String version() {
    return Gazetteer.get().version();
  }
}
