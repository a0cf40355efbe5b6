package dev.startupmatching.internal.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiversityTest {
  /** Two near-twins and one different item, by relevance. */
  private static final Map<String, Double> RELEVANCE = Map.of("a", 1.0, "a2", 0.95, "b", 0.8);

  private static double similarity(String x, String y) {
    return x.charAt(0) == y.charAt(0) ? 0.98 : 0.1;
  }

  @Test
  void aNearTwinGivesWayToADifferentItem() {
    List<String> picked =
        Diversity.mmr(List.of("a", "a2", "b"), RELEVANCE::get, DiversityTest::similarity, 0.5, 3);

    assertThat(picked).containsExactly("a", "b", "a2");
  }

  @Test
  void zeroDiversityKeepsTheOrderAndEveryItemIsPickedOnce() {
    qt().forAll(doubles().between(0, 1), integers().between(0, 5))
        .checkAssert(
            (diversity, k) -> {
              List<String> picked =
                  Diversity.mmr(
                      List.of("a", "a2", "b"),
                      RELEVANCE::get,
                      DiversityTest::similarity,
                      diversity,
                      k);
              assertThat(picked).hasSize(Math.min(k, 3)).doesNotHaveDuplicates();
              if (diversity == 0) {
                assertThat(picked)
                    .containsExactlyElementsOf(List.of("a", "a2", "b").subList(0, picked.size()));
              }
            });
  }
}
