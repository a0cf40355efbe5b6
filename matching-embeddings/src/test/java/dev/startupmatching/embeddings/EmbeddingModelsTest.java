package dev.startupmatching.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.startupmatching.embeddings.OnnxEmbeddingModel.LongTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmbeddingModelsTest {
  static List<String> englishModels() {
    return List.of(EmbeddingModels.BGE_SMALL_EN, EmbeddingModels.E5_SMALL, EmbeddingModels.MINILM);
  }

  static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @ParameterizedTest
  @MethodSource("englishModels")
  void aNeedIsCloserToTheStartupThatMeetsItThanToAnUnrelatedOne(String name) {
    OnnxEmbeddingModel model = EmbeddingModels.named(name);
    float[] need = model.embedQueries(List.of("usage-based motor insurance")).get(0);
    List<float[]> startups =
        model.embed(
            List.of(
                "We price car insurance policies from how people actually drive.",
                "Healthy lunches delivered to offices."));

    assertThat(model.dimension()).isEqualTo(384);
    assertThat(startups).allSatisfy(v -> assertThat(v).hasSize(384));
    assertThat(dot(need, startups.get(0))).isGreaterThan(dot(need, startups.get(1)) + 0.05);
  }

  @Test
  void theChineseModelMatchesChineseTexts() {
    OnnxEmbeddingModel model = EmbeddingModels.named(EmbeddingModels.BGE_SMALL_ZH);
    float[] need = model.embedQueries(List.of("电动汽车电池管理")).get(0);
    List<float[]> startups = model.embed(List.of("我们为电动车开发电池管理系统。", "为办公室配送健康午餐。"));

    assertThat(dot(need, startups.get(0))).isGreaterThan(dot(need, startups.get(1)) + 0.05);
  }

  @Test
  void vectorsHaveUnitLengthAndDoNotDependOnTheBatch() {
    OnnxEmbeddingModel model = EmbeddingModels.named(EmbeddingModels.BGE_SMALL_EN);
    float[] alone = model.embed(List.of("battery management")).get(0);
    List<float[]> batch =
        model.embed(
            List.of(
                "a much longer text about lidar, radar and cameras on cars",
                "battery management",
                ""));

    assertThat(dot(alone, alone)).isCloseTo(1.0, offset(1e-5));
    assertThat(dot(alone, batch.get(1))).isCloseTo(1.0, offset(1e-4));
    assertThat(batch.get(2)).hasSize(384);
    assertThat(model.embed(List.of())).isEmpty();
  }

  @Test
  void threadsSharingTheModelGetTheVectorsOneThreadGets() throws Exception {
    OnnxEmbeddingModel model = EmbeddingModels.named(EmbeddingModels.MINILM);
    List<String> texts =
        List.of("lidar for trucks", "battery recycling", "fleet telematics", "lunch delivery");
    List<float[]> alone = model.embed(texts);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> shared = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        shared.add(threads.submit(() -> model.embed(texts)));
      }
      for (Future<List<float[]>> vectors : shared) {
        List<float[]> got = vectors.get();
        for (int t = 0; t < texts.size(); t++) {
          assertThat(got.get(t)).containsExactly(alone.get(t));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void queriesGetTheQueryPrefixAndPassagesThePassagePrefix() {
    OnnxEmbeddingModel e5 = EmbeddingModels.named(EmbeddingModels.E5_SMALL);
    float[] query = e5.embedQueries(List.of("fleet telematics")).get(0);
    float[] passage = e5.embed(List.of("fleet telematics")).get(0);
    OnnxEmbeddingModel minilm = EmbeddingModels.named(EmbeddingModels.MINILM);

    assertThat(e5.queryPrefix()).isEqualTo("query: ");
    assertThat(e5.passagePrefix()).isEqualTo("passage: ");
    assertThat(dot(query, passage)).isLessThan(0.999);
    // A model without prefixes embeds a query as a passage.
    assertThat(
            dot(
                minilm.embedQueries(List.of("fleet telematics")).get(0),
                minilm.embed(List.of("fleet telematics")).get(0)))
        .isCloseTo(1.0, offset(1e-5));
  }

  @Test
  void aLongTextIsCutToItsBeginningOrAveragedOverItsWindows() {
    String head = "Lidar sensors for self-driving cars. ";
    String bakery = "We also bake bread and sell cakes in our bakery. ";
    String longText = head.repeat(30) + bakery.repeat(60);
    OnnxEmbeddingModel truncating = EmbeddingModels.named(EmbeddingModels.MINILM);
    OnnxEmbeddingModel chunking = EmbeddingModels.named(EmbeddingModels.MINILM, LongTexts.CHUNK);
    float[] lidar = truncating.embed(List.of(head)).get(0);
    float[] cakes = truncating.embed(List.of(bakery)).get(0);

    float[] cut = truncating.embed(List.of(longText)).get(0);
    float[] chunked = chunking.embed(List.of(longText)).get(0);

    assertThat(chunking.id()).isEqualTo(truncating.id() + "+chunks");
    // The first 256 word pieces are all about lidar; the windows after them are about the bakery.
    assertThat(dot(cut, lidar)).isGreaterThan(dot(cut, cakes) + 0.3);
    assertThat(dot(chunked, cakes)).isGreaterThan(dot(cut, cakes) + 0.2);
  }

  @Test
  void anUnknownNameListsTheBuiltInModels() {
    assertThatThrownBy(() -> EmbeddingModels.named("bge-large"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bge-large")
        .hasMessageContaining(EmbeddingModels.BGE_SMALL_EN)
        .hasMessageContaining(EmbeddingModels.MINILM);
    assertThat(EmbeddingModels.names()).first().isEqualTo(EmbeddingModels.DEFAULT);
  }
}
