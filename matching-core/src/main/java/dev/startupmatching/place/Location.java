package dev.startupmatching.place;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.model.Startup;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a startup is: the places its country, city and regions name, and the texts they are written
 * in.
 *
 * <p>The startup's places are:
 *
 * <ul>
 *   <li>the place its country names;
 *   <li>the place its city names, when it states no country that names a place: a city, state or
 *       province lies inside the country, so "Munich" adds nothing to Germany. A city that names a
 *       country of its own in the same UN sub-region as the startup's country counts too, so that a
 *       startup in Hong Kong, China is in Hong Kong, while one in Lebanon, USA is not in Lebanon;
 *   <li>the place each of its regions names;
 *   <li>every place that contains one of these.
 * </ul>
 *
 * <p>Texts are resolved by {@link Places#resolve}. A country, city or region that names no place
 * and is no text that stands where a location would ("Remote", "Partly Remote", "Unspecified", ...)
 * is {@linkplain #unresolved unresolved}. Instances are immutable and thread-safe.
 */
public final class Location {
  private static final Splitter PARTS =
      Splitter.on(Pattern.compile("[,\uFF0C]")).trimResults().omitEmptyStrings();

  private final ImmutableSet<Place> places;
  private final ImmutableSet<String> texts;
  private final ImmutableMap<String, String> unresolved;

  private Location(
      ImmutableSet<Place> places,
      ImmutableSet<String> texts,
      ImmutableMap<String, String> unresolved) {
    this.places = places;
    this.texts = texts;
    this.unresolved = unresolved;
  }

  /** Returns where a startup is; empty when it states no country, city or region. */
  public static Location of(Startup startup) {
    checkArgument(startup != null, "startup must not be null");
    Gazetteer gazetteer = Gazetteer.get();
    ImmutableSet.Builder<Place> named = ImmutableSet.builder();
    ImmutableSet.Builder<String> texts = ImmutableSet.builder();
    ImmutableMap.Builder<String, String> unresolved = ImmutableMap.builder();
    Optional<Place> country = Optional.empty();
    if (startup.country().isPresent()) {
      String text = startup.country().get();
      country = gazetteer.resolve(text);
      add(gazetteer, "country", text, country, named, texts, unresolved);
    }
    if (startup.city().isPresent()) {
      String text = startup.city().get();
      Optional<Place> city = gazetteer.resolve(text);
      if (country.isPresent()) {
        Place inside = country.get();
        city =
            city.filter(
                c ->
                    c.kind() == Place.Kind.COUNTRY
                        && inside.kind() == Place.Kind.COUNTRY
                        && Gazetteer.sameSubregion(c, inside));
        city.ifPresent(named::add);
        addTexts(text, texts);
      } else {
        add(gazetteer, "city", text, city, named, texts, unresolved);
      }
    }
    int i = 0;
    for (String region : startup.regions()) {
      add(
          gazetteer,
          "regions[" + i++ + "]",
          region,
          gazetteer.resolve(region),
          named,
          texts,
          unresolved);
    }
    ImmutableSet.Builder<Place> places = ImmutableSet.builder();
    for (Place place : named.build()) {
      places.add(place).addAll(place.containers());
    }
    return new Location(places.build(), texts.build(), unresolved.buildOrThrow());
  }

  private static void add(
      Gazetteer gazetteer,
      String field,
      String text,
      Optional<Place> place,
      ImmutableSet.Builder<Place> named,
      ImmutableSet.Builder<String> texts,
      ImmutableMap.Builder<String, String> unresolved) {
    place.ifPresent(named::add);
    if (place.isEmpty() && !gazetteer.isNonPlace(text)) {
      unresolved.put(field, text);
    }
    addTexts(text, texts);
  }

  /** Adds the text, stripped, and each of its comma-separated parts. */
  private static void addTexts(String text, ImmutableSet.Builder<String> texts) {
    texts.add(text.strip()).addAll(PARTS.split(text));
  }

  /**
   * The places the startup is in: those its country, city and regions name, by the rules in the
   * class Javadoc, and every place containing them. A startup in Munich, Germany is in Germany,
   * Western Europe, DACH, the European Union, Europe, EMEA and the world, among others.
   */
  public Set<Place> places() {
    return places;
  }

  /**
   * The texts of the startup's country, city and regions, stripped, and each of their
   * comma-separated parts: for the region "Munich, Bavaria, Germany", that text, "Munich",
   * "Bavaria" and "Germany". Constraints compare a region that names no place with these.
   */
  public Set<String> texts() {
    return texts;
  }

  /**
   * The country, city and regions that name no place and are not known to stand for none, by field
   * ({@code "country"}, {@code "city"}, {@code "regions[2]"}) in that order; empty when every one
   * resolves. A city that lies in a stated country is never unresolved.
   */
  public Map<String, String> unresolved() {
    return unresolved;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("places", places.stream().map(Place::code).toList())
        .add("texts", texts)
        .add("unresolved", unresolved.isEmpty() ? null : unresolved)
        .omitNullValues()
        .toString();
  }
}
