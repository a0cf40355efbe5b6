package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages through a need's list and cuts it at a minimum score, on the built-in example. */
class PagingTest {
  private static final Need NEED =
      Need.builder("n", "fast charging stations for electric trucks").build();

  private static StartupMatcher matcher;

  @BeforeAll
  static void buildMatcher() {
    matcher = Matching.builder().startups(SampleData.startups()).build();
  }

  @AfterAll
  static void closeMatcher() {
    matcher.close();
  }

  private static MatchOptions.Builder options() {
    return MatchOptions.builder().minFit(0).explain(true);
  }

  @Test
  void aPageIsTheWholeListsSliceWithItsRanks() {
    Matches whole = matcher.match(NEED, options().topK(8).build());
    assertThat(whole).hasSize(8);

    Matches page = matcher.match(NEED, options().offset(3).topK(4).build());

    assertThat(page).extracting(Match::rank).containsExactly(4, 5, 6, 7);
    assertThat(page).isEqualTo(whole.subList(3, 7));
  }

  @Test
  void aMinimumScoreCutsTheListWhereScoresFallBelowIt() {
    Matches whole = matcher.match(NEED, options().topK(10).build());
    double minScore = whole.get(4).score();

    Matches cut = matcher.match(NEED, options().topK(10).minScore(minScore).build());

    List<Match> expected = whole.stream().filter(m -> m.score() >= minScore).toList();
    assertThat(cut).isEqualTo(expected).hasSizeGreaterThanOrEqualTo(5).hasSizeLessThan(10);
  }

  @Test
  void aPagePastTheEndIsEmptyAndSaysWhy() {
    Matches page = matcher.match(NEED, options().offset(9_000).topK(10).build());

    assertThat(page).isEmpty();
    assertThat(page.noMatchReason()).hasValueSatisfying(r -> assertThat(r).contains("page starts"));
  }

  @Test
  void anOffsetAndTopKPastTheMostThatCanBeListedAreRefused() {
    assertThatThrownBy(
            () -> MatchOptions.builder().offset(MatchOptions.MAX_TOP_K - 5).topK(10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThat(MatchOptions.builder().offset(7).minScore(0.2).build().toBuilder().build())
        .isEqualTo(MatchOptions.builder().offset(7).minScore(0.2).build());
  }
}
