package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of rankings over random startups and needs: deterministic, well-formed, within the
 * need's hard constraints, and explained by contributions that add up to the score.
 */
class RankingPropertyTest {
  /** A corpus, a need against it, and options. */
  private record Case(List<Startup> corpus, Need need, MatchOptions options) {
    @Override
    public String toString() {
      return need + " " + options + " over " + corpus.stream().map(Startup::id).toList();
    }
  }

  /**
   * Generated cases shrink poorly (each shrink draws a new corpus) and each costs a matcher, so a
   * failure reports after a few shrinks rather than minutes of them.
   */
  private static final int SHRINK_CYCLES = 10;

  private static final Gen<MatchOptions> OPTIONS =
      in ->
          MatchOptions.builder()
              .topK(SourceDSL.integers().between(1, 20).generate(in))
              .explain(SourceDSL.booleans().all().generate(in))
              .diversity(Generate.pick(List.of(0.0, 0.0, 0.3, 1.0)).generate(in))
              .build();

  private static Gen<Case> cases(int maxStartups) {
    return in -> {
      List<Startup> corpus = RandomStartups.corpus(1, maxStartups).generate(in);
      return new Case(corpus, RandomStartups.need(corpus).generate(in), OPTIONS.generate(in));
    };
  }

  /** The ids and scores of a ranking, which must be the same for the same inputs. */
  private static List<String> idsAndScores(List<Match> matches) {
    return matches.stream().map(m -> m.startup().id() + "=" + m.score()).toList();
  }

  @Test
  void theSameInputsGiveTheSameRankingInTheSameAndInAnotherMatcher() {
    qt().withExamples(40)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases(15))
        .checkAssert(
            c -> {
              List<String> first;
              List<String> again;
              try (StartupMatcher matcher = Matching.builder().startups(c.corpus()).build()) {
                first = idsAndScores(matcher.match(c.need(), c.options()));
                again = idsAndScores(matcher.match(c.need(), c.options()));
              }
              List<String> other;
              try (StartupMatcher matcher = Matching.builder().startups(c.corpus()).build()) {
                other = idsAndScores(matcher.match(c.need(), c.options()));
              }
              assertThat(again).isEqualTo(first);
              assertThat(other).isEqualTo(first);
            });
  }

  @Test
  void rankingsAreWellFormedWithinTheConstraintsAndExplainedByTheirParts() {
    qt().withExamples(80)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases(15))
        .checkAssert(
            c -> {
              Map<String, Startup> byId =
                  c.corpus().stream().collect(Collectors.toMap(Startup::id, Function.identity()));
              Constraints constraints = Constraints.of(c.need());
              List<Match> matches;
              try (StartupMatcher matcher = Matching.builder().startups(c.corpus()).build()) {
                matches = matcher.match(c.need(), c.options());
              }

              assertThat(matches).hasSizeLessThanOrEqualTo(c.options().topK());
              Set<String> seen = new HashSet<>();
              for (int i = 0; i < matches.size(); i++) {
                Match match = matches.get(i);
                assertThat(match.rank()).isEqualTo(i + 1);
                assertThat(match.score()).isFinite();
                if (i > 0) {
                  assertThat(match.score()).isLessThanOrEqualTo(matches.get(i - 1).score());
                }
                assertThat(seen.add(match.startup().id())).isTrue();
                // The match carries the startup as it was given, and it meets the hard constraints.
                assertThat(match.startup()).isEqualTo(byId.get(match.startup().id()));
                assertThat(constraints.test(match.startup())).as("%s", constraints).isTrue();
                if (c.options().explain()) {
                  Explanation explanation = match.explanation();
                  assertThat(explanation.value()).isEqualTo(match.score());
                  assertThat(explanation.details().stream().mapToDouble(Explanation::value).sum())
                      .isCloseTo(match.score(), within(1e-9));
                  assertThat(
                          match.scoreComponents().values().stream()
                              .mapToDouble(Double::doubleValue)
                              .sum())
                      .isCloseTo(match.score(), within(1e-9));
                }
              }
            });
  }

  @Test
  void theOrderInWhichStartupsAreIndexedDoesNotChangeTheRanking() {
    qt().withExamples(30)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases(12))
        .checkAssert(
            c -> {
              List<Startup> reversed = new ArrayList<>(c.corpus());
              java.util.Collections.reverse(reversed);
              List<String> forward;
              try (StartupMatcher matcher = Matching.builder().startups(c.corpus()).build()) {
                forward = idsAndScores(matcher.match(c.need(), c.options()));
              }
              try (StartupMatcher matcher = Matching.builder().startups(reversed).build()) {
                assertThat(idsAndScores(matcher.match(c.need(), c.options()))).isEqualTo(forward);
              }
            });
  }
}
