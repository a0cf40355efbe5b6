package dev.startupmatching.lucene.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {
  private static ScoreDoc[] hits(float... scores) {
    ScoreDoc[] hits = new ScoreDoc[scores.length];
    for (int i = 0; i < scores.length; i++) {
      hits[i] = new ScoreDoc(i, scores[i]);
    }
    return hits;
  }

  @Test
  void flatnessIsTheMeanScoreRelativeToTheBestWithMissingPlacesCountingZero() {
    assertThat(Neighbourhood.flatness(hits(4, 4, 2), 4)).isCloseTo((1 + 1 + 0.5) / 4, within(1e-9));
    assertThat(Neighbourhood.flatness(hits(4, 4, 4, 4, 4), 4)).isCloseTo(1, within(1e-9));
  }

  @Test
  void vectorNeighbourhoodIsTheCosineWithTheScoreWeightedCentroidTimesFlatness() {
    ScoreDoc[] hits = hits(2, 1, 1);
    float[] x = {1, 0};
    float[] y = {0, 1};
    double flatness = Neighbourhood.flatness(hits, Neighbourhood.FEEDBACK);

    double[] values = Neighbourhood.ofVectors(hits, Arrays.asList(x, y, null));

    // The centroid is 1·x + 0.5·y; its unit vector is (2, 1) / √5.
    assertThat(values[0]).isCloseTo(2 / Math.sqrt(5) * flatness, within(1e-8));
    assertThat(values[1]).isCloseTo(1 / Math.sqrt(5) * flatness, within(1e-8));
    assertThat(values[2]).as("a startup without a vector").isZero();
  }

  @Test
  void vectorNeighbourhoodStaysWithinZeroAndOne() {
    ScoreDoc[] hits = hits(1, 1);
    float[] x = {1, 0};
    float[] opposite = {-1, 0};

    double[] values = Neighbourhood.ofVectors(hits, List.of(x, x));
    double[] opposed = Neighbourhood.ofVectors(hits(1, 0), List.of(x, opposite));

    assertThat(values[0]).isEqualTo(values[1]).isBetween(0.0, 1.0);
    assertThat(opposed[1]).isZero();
  }

  @Test
  void withoutPositiveScoresOrVectorsEveryNeighbourhoodIsZero() {
    assertThat(Neighbourhood.ofVectors(hits(0, 0), List.of(new float[] {1}, new float[] {1})))
        .containsExactly(0, 0);
    assertThat(Neighbourhood.ofVectors(hits(3, 1), Arrays.asList(null, null)))
        .containsExactly(0, 0);
  }
}
