package dev.startupmatching.cohort;

import dev.startupmatching.model.Startup;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How alike two startups are: the overlap (Jaccard) of their technology areas and tags, 0 to 1. */
final class Likeness {
  private Likeness() {}

  static double of(Startup a, Startup b) {
    Set<String> first = labels(a);
    Set<String> second = labels(b);
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(first);
    both.retainAll(second);
    Set<String> either = new HashSet<>(first);
    either.addAll(second);
    return (double) both.size() / either.size();
  }

  private static Set<String> labels(Startup startup) {
    Set<String> labels = new HashSet<>(startup.technologyAreas());
    startup.tags().forEach(tag -> labels.add(tag.toLowerCase(Locale.ROOT)));
    return labels;
  }
}
