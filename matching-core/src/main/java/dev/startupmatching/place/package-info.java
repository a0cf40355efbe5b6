/**
 * Countries and regions, and where startups are: {@link dev.startupmatching.place.Places} resolves
 * a text such as "Deutschland", "DE" or "Munich, Bavaria, Germany" to a {@link
 * dev.startupmatching.place.Place}, places form a hierarchy by the countries they contain (Germany
 * lies within DACH, the European Union and Europe), and {@link dev.startupmatching.place.Location}
 * tells the places a startup's country, city and regions name.
 *
 * <p>The data comes from the Unicode CLDR through ICU4J, with groupings and other names the CLDR
 * lacks from a resource of this package; docs/places.md lists both.
 */
package dev.startupmatching.place;
