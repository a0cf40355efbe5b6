package dev.startupmatching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.model.Startup;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchesTest {
  private static Match match(String id, int rank, double score, double fit) {
    return Match.builder(Startup.builder(id, "Startup " + id).description("x").build(), rank, score)
        .fit(fit, "test fit")
        .build();
  }

  @Test
  void aNeedWhoseBestFitIsBelowTheMinimumHasNoMatchesAndSaysWhy() {
    List<Match> ranked = List.of(match("a", 1, 0.9, 0.2), match("b", 2, 0.8, 0.35));

    Matches none = Matches.withMinFit(ranked, 0.42);

    assertThat(none).isEmpty();
    assertThat(none.noMatchReason())
        .hasValue(
            "no startup fits this need well enough: the best, Startup b (b), has fit 0.35, below"
                + " the minimum 0.42");
  }

  @Test
  void aNeedWithOneGoodFitKeepsEveryMatchInRankOrder() {
    List<Match> ranked = List.of(match("a", 1, 0.9, 0.5), match("b", 2, 0.8, 0.1));

    Matches kept = Matches.withMinFit(ranked, 0.42);

    assertThat(kept).containsExactlyElementsOf(ranked);
    assertThat(kept.noMatchReason()).isEmpty();
    assertThat(Matches.withMinFit(ranked, 0.5)).hasSize(2);
    assertThat(Matches.withMinFit(ranked, 0.51)).isEmpty();
  }

  @Test
  void emptyResultsSayWhyAndTheListCannotBeChanged() {
    assertThat(Matches.of(List.of()).noMatchReason()).hasValue("no startup matches the need");
    assertThat(Matches.none("the need has no words to search").noMatchReason())
        .hasValue("the need has no words to search");
    Matches kept = Matches.of(List.of(match("a", 1, 0.9, 0.5)));
    assertThatThrownBy(() -> kept.add(match("b", 2, 0.1, 0.1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Matches.none(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fitMustBeAProbabilityAndDefaultsToNone() {
    Startup startup = Startup.builder("a", "A").description("x").build();
    assertThat(Match.builder(startup, 1, 1).build().fit()).isZero();
    assertThat(Match.builder(startup, 1, 1).build().fitReason()).isEqualTo("no fit estimated");
    assertThatThrownBy(() -> Match.builder(startup, 1, 1).fit(1.2, "too much"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fit must be between 0 and 1");
    assertThatThrownBy(() -> MatchOptions.builder().minFit(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MatchOptions.defaults().minFit()).isEqualTo(MatchOptions.DEFAULT_MIN_FIT);
    assertThat(MatchOptions.defaults().toBuilder().build()).isEqualTo(MatchOptions.defaults());
  }
}
