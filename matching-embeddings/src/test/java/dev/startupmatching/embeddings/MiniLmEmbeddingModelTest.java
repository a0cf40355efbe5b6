package dev.startupmatching.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbeddingModelTest {
  private static final MiniLmEmbeddingModel MODEL = MiniLmEmbeddingModel.load();

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  @Test
  void textsThatMeanTheSameAreCloserThanUnrelatedOnes() {
    List<float[]> vectors =
        MODEL.embed(
            List.of(
                "Laser scanners that give self-driving cars a 3D view of the road.",
                "Lidar sensors for autonomous vehicles.",
                "Healthy lunches delivered to offices."));

    assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(v).hasSize(MODEL.dimension()));
    assertThat(cosine(vectors.get(0), vectors.get(1)))
        .isGreaterThan(cosine(vectors.get(0), vectors.get(2)) + 0.2);
  }

  @Test
  void embeddingIsDeterministicAndBlankTextsAreAccepted() {
    float[] once = MODEL.embed(List.of("battery management")).get(0);
    float[] again = MODEL.embed(List.of("battery management", "")).get(0);

    assertThat(again).containsExactly(once);
    assertThat(MODEL.embed(List.of(""))).singleElement().satisfies(v -> assertThat(v).hasSize(384));
    assertThat(MODEL.embed(List.of())).isEmpty();
  }
}
