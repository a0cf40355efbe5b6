package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionTest {
  private static Map<String, Double> ranked(Object... idsAndScores) {
    Map<String, Double> list = new LinkedHashMap<>();
    for (int i = 0; i < idsAndScores.length; i += 2) {
      list.put((String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue());
    }
    return list;
  }

  @Test
  void reciprocalRankAddsWeightOverKPlusRank() {
    Map<String, Fusion.Fused> fused =
        Fusion.rrf(60, 1, 0.5).fuse(ranked("a", 9, "b", 5), ranked("b", 0.9, "c", 0.8));

    assertThat(fused.get("a").score()).isCloseTo(1.0 / 61, within(1e-12));
    assertThat(fused.get("b").lexical()).isCloseTo(1.0 / 62, within(1e-12));
    assertThat(fused.get("b").semantic()).isCloseTo(0.5 / 61, within(1e-12));
    assertThat(fused.get("c").score()).isCloseTo(0.5 / 62, within(1e-12));
  }

  @Test
  void minMaxMapsEachListToZeroOneAndAnAbsentItemGetsZero() {
    Map<String, Fusion.Fused> fused =
        Fusion.minMax(1, 2).fuse(ranked("a", 10, "b", 6, "c", 2), ranked("c", 0.9, "d", 0.5));

    assertThat(fused.get("a").score()).isEqualTo(1);
    assertThat(fused.get("b").score()).isEqualTo(0.5);
    assertThat(fused.get("c").score()).isEqualTo(2);
    assertThat(fused.get("d").score()).isZero();
  }

  @Test
  void fusedScoresAreNeverNegativeAndAreTheSumOfTheirParts() {
    qt().forAll(
            lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 20),
            lists().of(doubles().between(-1, 1)).ofSizeBetween(1, 20))
        .checkAssert(
            (lexical, semantic) -> {
              Map<String, Double> first = new LinkedHashMap<>();
              lexical.stream()
                  .sorted((x, y) -> Double.compare(y, x))
                  .forEach(x -> first.put("l" + first.size(), x));
              Map<String, Double> second = new LinkedHashMap<>();
              semantic.stream()
                  .sorted((x, y) -> Double.compare(y, x))
                  .forEach(
                      x -> second.put((second.size() % 2 == 0 ? "l" : "s") + second.size(), x));
              for (Fusion fusion :
                  List.of(Fusion.rrf(), Fusion.minMax(1, 1), Fusion.zScore(0.5, 2))) {
                fusion
                    .fuse(first, second)
                    .values()
                    .forEach(
                        f -> {
                          assertThat(f.lexical()).isGreaterThanOrEqualTo(0);
                          assertThat(f.semantic()).isGreaterThanOrEqualTo(0);
                          assertThat(f.score()).isEqualTo(f.lexical() + f.semantic());
                        });
              }
            });
  }

  @Test
  void fusionsAreNamed() {
    assertThat(Fusion.named("RRF", 1, 1)).isEqualTo(Fusion.rrf());
    assertThat(Fusion.named("minmax", 1, 0.5)).isEqualTo(Fusion.minMax(1, 0.5));
    assertThat(Fusion.named("zscore", 1, 1).method()).isEqualTo(Fusion.Method.Z_SCORE);
    assertThatThrownBy(() -> Fusion.named("borda", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rrf, minmax, zscore");
    assertThatThrownBy(() -> Fusion.minMax(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
