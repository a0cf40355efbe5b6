package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeedBoilerplateTest {
  private static final NeedBoilerplate BOILERPLATE =
      NeedBoilerplate.builtIn(new LanguageAnalysis(Taxonomy.builtIn(), Lexicon.builtIn()));

  private static dev.startupmatching.match.StartupMatcher matcher;

  @BeforeAll
  static void buildMatcher() {
    matcher = Matching.builder().startups(SampleData.startups()).build();
  }

  @AfterAll
  static void closeMatcher() {
    matcher.close();
  }

  @Test
  void blanksOutTheWordsNeedsUseWhateverTheyAskInEachLanguage() {
    assertThat(BOILERPLATE.blankOut("We are looking for a partner with lidar sensors", "en"))
        .doesNotContain("We", "looking", "partner")
        .contains("with lidar sensors");
    assertThat(BOILERPLATE.blankOut("Wir suchen Startups für Ladesäulen", "de"))
        .doesNotContain("suchen", "Startups")
        .contains("Ladesäulen");
    assertThat(BOILERPLATE.blankOut("我们需要电池回收的合作伙伴", "zh"))
        .doesNotContain("需要", "合作伙伴")
        .contains("电池回收");
    assertThat(BOILERPLATE.blankOut("Cerchiamo collaboratori per la saldatura", "it"))
        .doesNotContain("Cerchiamo", "collaboratori")
        .contains("saldatura");
  }

  @Test
  void keepsEveryOffsetAndTheWordsThatOnlyContainBoilerplate() {
    String need = "Ein Partnerschaftsmodell für Mitarbeiterschulungen, wir suchen Partner";
    String blanked = BOILERPLATE.blankOut(need, "de");

    assertThat(blanked)
        .hasSameSizeAs(need)
        .contains("Partnerschaftsmodell", "Mitarbeiterschulungen");
    assertThat(blanked).doesNotContain("suchen Partner");
  }

  @Test
  void aNeedOfBoilerplateAloneFindsNothing() {
    assertThat(matcher.match(Need.builder("n", "We are looking for a partner").build())).isEmpty();
    assertThat(matcher.match(Need.builder("n", "Wir suchen einen Partner").build())).isEmpty();
  }

  @Test
  void matchedWordsAreContentWordsOfTheNeed() {
    for (Need need : SampleData.needs()) {
      List<Match> matches = matcher.match(need);
      for (Match match : matches) {
        assertThat(match.matchedTerms())
            .as("matched words of %s for need %s", match.startup().id(), need.id())
            .allSatisfy(
                word -> {
                  assertThat(word.codePointCount(0, word.length())).isGreaterThan(1);
                  assertThat(word)
                      .isNotIn(
                          "looking",
                          "need",
                          "partner",
                          "down",
                          "we",
                          "our",
                          "需要",
                          "suchen",
                          "cerchiamo",
                          "mitarbeiter",
                          "collaboratori");
                });
      }
    }
  }
}
