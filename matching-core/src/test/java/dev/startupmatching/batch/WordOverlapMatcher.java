package dev.startupmatching.batch;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real matcher for tests: a startup's score is the share of the need's words its
 * description has. It rejects needs whose text says "reject", and counts how many matches run at
 * once.
 */
final class WordOverlapMatcher implements StartupMatcher {
  private final List<Startup> startups;
  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger mostRunning = new AtomicInteger();
  final AtomicInteger calls = new AtomicInteger();

  WordOverlapMatcher(List<Startup> startups) {
    this.startups = startups;
  }

  @Override
  public Matches match(Need need, MatchOptions options) {
    calls.incrementAndGet();
    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      if (need.text().contains("reject")) {
        throw new IllegalArgumentException("need " + need.id() + " asks to be rejected");
      }
      Thread.yield();
      Set<String> words = words(need.text());
      record Scored(Startup startup, double score) {}
      List<Scored> scored = new ArrayList<>();
      for (Startup startup : startups) {
        Set<String> shared = words(startup.description());
        shared.retainAll(words);
        if (!shared.isEmpty()) {
          scored.add(new Scored(startup, shared.size() / (double) words.size()));
        }
      }
      scored.sort(
          Comparator.comparingDouble((Scored s) -> -s.score())
              .thenComparing(s -> s.startup().id()));
      List<Match> matches = new ArrayList<>();
      for (Scored s : scored.subList(0, Math.min(options.topK(), scored.size()))) {
        String why = options.explain() ? "shares words with " + need.id() : "fit";
        matches.add(
            Match.builder(s.startup(), matches.size() + 1, s.score())
                .explanation(Explanation.of(s.score(), why))
                .fit(s.score(), "the share of the need's words it uses")
                .build());
      }
      return Matches.withMinFit(matches, options.minFit());
    } finally {
      running.decrementAndGet();
    }
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
  }

  @Override
  public Optional<Startup> startup(String startupId) {
    return startups.stream().filter(s -> s.id().equals(startupId)).findFirst();
  }

  @Override
  public int size() {
    return startups.size();
  }

  @Override
  public void close() {}
}
