package dev.startupmatching.rank;

import dev.startupmatching.taxonomy.Taxonomy;
import java.util.Set;

/**
 * How well a candidate's areas cover one area of a need, along the taxonomy: the same area fully, a
 * narrower one (the need asks for batteries, the startup makes solid-state cells) for most of it,
 * the direct parent (broader, so maybe not this) for a quarter.
 */
record AreaCredit(double value, String sentence) {
  static final double NARROWER = 0.75;
  static final double BROADER = 0.25;

  static AreaCredit of(String needArea, Set<String> candidateAreas, Taxonomy taxonomy) {
    if (candidateAreas.contains(needArea)) {
      return new AreaCredit(1, "covers '" + label(needArea, taxonomy) + "'");
    }
    for (String area : candidateAreas) {
      if (taxonomy.ancestors(area).contains(needArea)) {
        return new AreaCredit(
            NARROWER,
            "covers the narrower '"
                + label(area, taxonomy)
                + "' of '"
                + label(needArea, taxonomy)
                + "'");
      }
    }
    for (String parent : taxonomy.ancestors(needArea).stream().limit(1).toList()) {
      if (candidateAreas.contains(parent)) {
        return new AreaCredit(
            BROADER,
            "covers only the broader '"
                + label(parent, taxonomy)
                + "' of '"
                + label(needArea, taxonomy)
                + "'");
      }
    }
    return new AreaCredit(0, "does not cover '" + label(needArea, taxonomy) + "'");
  }

  static String label(String areaId, Taxonomy taxonomy) {
    return taxonomy.area(areaId).map(a -> a.label("en")).orElse(areaId);
  }
}
