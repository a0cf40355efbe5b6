package dev.startupmatching.match;

/**
 * An attribute of startups whose values {@link StartupMatcher#facets} counts over a result set, as
 * a portal shows beside its results ("Seed (12), Series A (5)").
 */
public enum Facet {
  /** The stage's id, such as {@code "seed"}; {@code "unknown"} where a profile states none. */
  STAGE,
  /**
   * The country as the profile states it, such as {@code "Germany"}; profiles without one are not
   * counted.
   */
  COUNTRY,
  /**
   * The id of each technology area that the profile was tagged with; a startup may count in
   * several.
   */
  AREA,
  /** Each tag, in lower case; a startup may count in several. */
  TAG
}
