package dev.startupmatching.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated needs find the startups of the area they were written from. */
class GeneratedNeedRetrievalTest {
  private static final int DOCS = 2_000;
  private static final int NEEDS = 40;
  private static final int TOP = 10;

  @Test
  void needsFindTheirAreasStartupsFarMoreOftenThanChance() {
    CorpusGenerator corpus = CorpusGenerator.withSeed(11);
    double precision = 0;
    double chance = 0;
    try (StartupMatcher matcher =
        Matching.builder().startups(corpus.startups(DOCS).toList()).build()) {
      for (int n = 0; n < NEEDS; n++) {
        String area = corpus.needAreas(n).get(0);
        List<Match> top = matcher.match(corpus.need(n), MatchOptions.top(TOP));
        long hits =
            top.stream()
                .filter(m -> corpus.startupAreas(index(m.startup().id())).contains(area))
                .count();
        precision += (double) hits / TOP;
        long withArea = 0;
        for (int i = 0; i < DOCS; i++) {
          withArea += corpus.startupAreas(i).contains(area) ? 1 : 0;
        }
        chance += (double) withArea / DOCS;
      }
    }
    precision /= NEEDS;
    chance /= NEEDS;

    assertThat(precision).isGreaterThan(0.5).isGreaterThan(5 * chance);
  }

  private static int index(String startupId) {
    return Integer.parseInt(startupId.substring(1));
  }
}
