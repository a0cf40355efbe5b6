package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Fusion;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticRetrievalTest {
  /**
   * A small embedding model for tests: each dimension is a meaning, and a text's vector counts the
   * words it has of each meaning. "laser scanner" and "lidar" mean the same to it, without sharing
   * a word.
   */
  static final class MeaningModel implements EmbeddingModel {
    private static final Map<String, Integer> MEANINGS =
        Map.of(
            "lidar", 0, "laser", 0, "scanner", 0, "battery", 1, "cells", 1, "lunch", 2, "food", 2);
    private final String id;
    int texts;

    MeaningModel(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public int dimension() {
      return 4;
    }

    @Override
    public List<float[]> embed(List<String> batch) {
      List<float[]> vectors = new ArrayList<>();
      for (String text : batch) {
        texts++;
        float[] vector = {0, 0, 0, 0.1f};
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          Integer meaning = MEANINGS.get(word);
          if (meaning != null) {
            vector[meaning]++;
          }
        }
        vectors.add(vector);
      }
      return vectors;
    }
  }

  private static final List<Startup> STARTUPS =
      List.of(
          Startup.builder("lidar", "Photon").description("Lidar for cars.").build(),
          Startup.builder("cells", "CellForge").description("Battery cells.").build(),
          Startup.builder("food", "Lunchbox").description("Lunch, delivered.").build());

  @Test
  void semanticRetrievalFindsAStartupThatSharesNoWordWithTheNeed() {
    try (StartupMatcher matcher =
        Matching.builder()
            .startups(STARTUPS)
            .embeddings(new MeaningModel("meanings/1"))
            .model(RankingModel.SEMANTIC)
            .build()) {
      List<Match> matches = matcher.match(Need.builder("n", "a laser scanner").build());

      assertThat(matches.get(0).startup().id()).isEqualTo("lidar");
      assertThat(LuceneStartupMatcherTest.signal(matches.get(0), Signals.TEXT).details())
          .singleElement()
          .satisfies(
              d -> assertThat(d.description()).startsWith("semantic retrieval: cosine 0.99"));
    }
  }

  @Test
  void hybridSearchesANeedInALanguageTheModelDoesNotKnowByItsWordsAlone() {
    MeaningModel meanings = new MeaningModel("meanings/1");
    EmbeddingModel englishOnly =
        new EmbeddingModel() {
          @Override
          public String id() {
            return meanings.id();
          }

          @Override
          public int dimension() {
            return meanings.dimension();
          }

          @Override
          public List<float[]> embed(List<String> texts) {
            return meanings.embed(texts);
          }

          @Override
          public Set<String> languages() {
            return Set.of("en");
          }
        };
    Need german =
        Need.builder("n", "Batterie und Laserscanner für Fahrzeuge, Lidar gesucht").build();
    try (StartupMatcher hybrid =
            Matching.builder()
                .startups(STARTUPS)
                .embeddings(englishOnly)
                .model(RankingModel.HYBRID)
                .build();
        StartupMatcher hybridAnyLanguage =
            Matching.builder()
                .startups(STARTUPS)
                .embeddings(new MeaningModel("meanings/1"))
                .model(RankingModel.HYBRID)
                .build();
        StartupMatcher byWords = Matching.builder().startups(STARTUPS).build()) {
      MatchOptions all = MatchOptions.builder().topK(3).minFit(0).build();

      List<Match> guarded = hybrid.match(german, all);
      List<Match> fused = hybridAnyLanguage.match(german, all);
      List<Match> lexical = byWords.match(german, all);

      assertThat(guarded)
          .extracting(m -> m.startup().id())
          .containsExactlyElementsOf(lexical.stream().map(m -> m.startup().id()).toList());
      assertThat(guarded)
          .extracting(Match::score)
          .containsExactlyElementsOf(lexical.stream().map(Match::score).toList());
      // A model that knows every language fuses its list in: the food startup, which no word of
      // the need reaches, is among its candidates.
      assertThat(fused).extracting(m -> m.startup().id()).contains("food");
      assertThat(lexical).extracting(m -> m.startup().id()).doesNotContain("food");
      // A French need is analysed as English, but is not English to the model.
      Need french =
          Need.builder("f", "Nous cherchons des scanners laser et des batteries pour nos véhicules")
              .build();
      assertThat(hybrid.match(french, all))
          .extracting(Match::score)
          .containsExactlyElementsOf(
              byWords.match(french, all).stream().map(Match::score).toList());
    }
  }

  @Test
  void hybridFusesBothListsAndItsTextDetailsAddUp() {
    try (StartupMatcher matcher =
        Matching.builder()
            .startups(STARTUPS)
            .embeddings(new MeaningModel("meanings/1"))
            .model(RankingModel.HYBRID)
            .fusion(Fusion.minMax(1, 1))
            .build()) {
      List<Match> matches =
          matcher.match(Need.builder("n", "battery or laser scanner").build(), MatchOptions.top(3));

      assertThat(matches).extracting(m -> m.startup().id()).startsWith("cells");
      Explanation text = LuceneStartupMatcherTest.signal(matches.get(0), Signals.TEXT);
      assertThat(text.details())
          .extracting(Explanation::description)
          .anySatisfy(d -> assertThat(d).startsWith("lexical retrieval, rank 1"))
          .anySatisfy(d -> assertThat(d).startsWith("semantic retrieval: cosine"));
      assertThat(text.details().stream().mapToDouble(Explanation::value).sum())
          .isCloseTo(text.value(), within(1e-6)); // fused scores pass through Lucene's floats
      assertThat(matches).extracting(m -> m.startup().id()).contains("lidar");
    }
  }

  @Test
  void vectorsPersistAndAnotherModelIsRefused(@TempDir Path dir) throws Exception {
    MeaningModel model = new MeaningModel("meanings/1");
    try (StartupIndex index = StartupIndex.open(dir, Taxonomy.builtIn(), model)) {
      index.upsertAll(STARTUPS);
      index.commit();
    }
    assertThat(model.texts).isEqualTo(3);

    MeaningModel reopened = new MeaningModel("meanings/1");
    try (StartupIndex index = StartupIndex.open(dir, Taxonomy.builtIn(), reopened);
        StartupMatcher matcher =
            Matching.builder().index(index).model(RankingModel.SEMANTIC).build()) {
      assertThat(matcher.match(Need.builder("n", "laser").build()).get(0).startup().id())
          .isEqualTo("lidar");
      assertThat(matcher.match(Need.builder("n", "laser").build())).isNotEmpty();
      // Startups were not embedded again; only the need was, once, thanks to the cache.
      assertThat(reopened.texts).isEqualTo(1);
    }
    assertThatThrownBy(
            () -> StartupIndex.open(dir, Taxonomy.builtIn(), new MeaningModel("other/2")))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("meanings/1")
        .hasMessageContaining("other/2");
    assertThatThrownBy(() -> StartupIndex.open(dir, Taxonomy.builtIn()))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("embedding model");
  }

  @Test
  void semanticModelsNeedAnEmbeddingModel() {
    assertThatThrownBy(
            () -> Matching.builder().startups(STARTUPS).model(RankingModel.HYBRID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("embedding model");
  }
}
