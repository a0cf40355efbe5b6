package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class NeedVocabularyTest {
  private final NeedVocabulary vocabulary =
      NeedVocabulary.of(
          List.of(
              "We need lidar for our trucks.",
              "We want battery recycling.",
              "Our plant needs welding robots.",
              "We look for paint inspection."),
          new EnglishAnalyzer());

  @Test
  void discountsATermBySharesOfStatementsUsingIt() {
    // "we" is in 3 of 4 statements, "need"/"needs" (stemmed alike) in 2, "lidar" in 1.
    assertThat(vocabulary.weight("we", 2)).isCloseTo(1 / (1 + 2 * 0.75), within(1e-9));
    assertThat(vocabulary.weight("need", 2)).isCloseTo(1 / (1 + 2 * 0.5), within(1e-9));
    assertThat(vocabulary.weight("lidar", 2)).isCloseTo(1 / (1 + 2 * 0.25), within(1e-9));
  }

  @Test
  void leavesUnusedTermsAndAZeroDiscountAtOne() {
    assertThat(vocabulary.weight("thermal", 2)).isEqualTo(1);
    assertThat(vocabulary.weight("we", 0)).isEqualTo(1);
  }

  @Test
  void theBuiltInVocabularyWeighsDownWordsOfManyNeedsAndNoOthers() {
    NeedVocabulary builtIn =
        NeedVocabulary.builtIn(new LanguageAnalysis(Taxonomy.builtIn(), Lexicon.builtIn()));
    assertThat(builtIn.weight("vehicl", 2)).isLessThan(0.9);
    assertThat(builtIn.weight("zebra", 2)).isEqualTo(1);
  }
}
