package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.startupmatching.lucene.analysis.PhraseDictionary.Found;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link PhraseDictionary#withoutOverlaps}: which finds survive, and in what order. */
class PhraseDictionaryTest {
  /** A find standing for the number {@code id}, so that equal spans can be told apart. */
  private static Found<Integer> found(int id, int start, int end) {
    return new Found<>(List.of(id), start, end, "en");
  }

  /**
   * The plain quadratic algorithm: longest first, then earliest, then list order; each kept unless
   * it overlaps one kept before; the kept in text order.
   */
  private static <V> List<Found<V>> reference(List<Found<V>> found) {
    List<Found<V>> byLength = new ArrayList<>(found);
    byLength.sort(
        Comparator.comparingInt((Found<V> f) -> f.start() - f.end())
            .thenComparingInt(Found::start));
    List<Found<V>> kept = new ArrayList<>();
    for (Found<V> candidate : byLength) {
      if (kept.stream()
          .noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    return kept;
  }

  /**
   * Lists of finds crowded into a short text, so that they overlap, nest, touch, share starts and
   * repeat spans; some are empty, as a filter could make a term of no characters.
   */
  private static Gen<List<Found<Integer>>> crowdedFinds() {
    Gen<int[]> spans =
        integers()
            .between(0, 40)
            .zip(integers().between(0, 8), (start, length) -> new int[] {start, start + length});
    return lists()
        .of(spans)
        .ofSizeBetween(0, 60)
        .map(
            list -> {
              List<Found<Integer>> finds = new ArrayList<>();
              for (int[] span : list) {
                finds.add(found(finds.size(), span[0], span[1]));
              }
              return finds;
            });
  }

  @Test
  void keepsExactlyWhatTheQuadraticAlgorithmKeeps() {
    qt().withExamples(2_000)
        .forAll(crowdedFinds())
        .checkAssert(
            finds ->
                assertThat(PhraseDictionary.withoutOverlaps(finds))
                    .containsExactlyElementsOf(reference(finds)));
  }

  @Test
  void keepsTheLongestThenTheEarliestInTextOrder() {
    List<Found<Integer>> finds =
        List.of(
            found(0, 10, 13), // loses to 1, which is longer
            found(1, 8, 16),
            found(2, 0, 4), // ties with 3 on length and wins by starting earlier
            found(3, 2, 6),
            found(4, 16, 20), // touches 1 without sharing a character
            found(5, 8, 16)); // the same span as 1, later in the list

    assertThat(PhraseDictionary.withoutOverlaps(finds))
        .containsExactly(found(2, 0, 4), found(1, 8, 16), found(4, 16, 20));
  }

  @Test
  void anEmptyFindIsDroppedOnlyStrictlyInsideAnother() {
    List<Found<Integer>> finds =
        List.of(found(0, 5, 5), found(1, 2, 5), found(2, 3, 3), found(3, 5, 5));

    assertThat(PhraseDictionary.withoutOverlaps(finds))
        .containsExactly(found(1, 2, 5), found(0, 5, 5), found(3, 5, 5));
  }

  @Test
  void manyAdjacentFindsAreAllKept() {
    // As in a long Chinese text of area names: every find touches the next one.
    List<Found<Integer>> finds = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      finds.add(found(i, 4 * i, 4 * i + 4));
    }

    assertThat(PhraseDictionary.withoutOverlaps(finds)).containsExactlyElementsOf(finds);
  }
}
