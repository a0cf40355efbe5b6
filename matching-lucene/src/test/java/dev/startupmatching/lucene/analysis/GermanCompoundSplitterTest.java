package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class GermanCompoundSplitterTest {
  private static final CharArraySet WORDS =
      new CharArraySet(
          List.of(
              "fahrzeug",
              "versicherung",
              "dat",
              "plattform",
              "zeug",
              "fahr",
              "auto",
              "automatisierung",
              "abonnement",
              "verwaltung",
              "lebensmittel",
              "abfall",
              "bau",
              "technologi",
              "funk"),
          false);

  @Test
  void splitsAWholeCompoundIntoItsWordsWithLinkingElements() {
    assertThat(GermanCompoundSplitter.split("fahrzeugversicherung", WORDS))
        .containsExactly("fahrzeug", "versicherung");
    assertThat(GermanCompoundSplitter.split("datenplattform", WORDS))
        .containsExactly("dat", "plattform");
    assertThat(GermanCompoundSplitter.split("abonnementsverwaltung", WORDS))
        .containsExactly("abonnement", "verwaltung");
    assertThat(GermanCompoundSplitter.split("bautechnologi", WORDS))
        .containsExactly("bau", "technologi");
  }

  @Test
  void keepsAWordOfTheDictionaryWhole() {
    assertThat(GermanCompoundSplitter.split("fahrzeug", WORDS)).isEmpty();
  }

  @Test
  void findsOnlyTheKnownHeadAndFirstPartOfAPartlyKnownCompound() {
    // "Küchen" is unknown: the head is found, but not "auto" inside it.
    assertThat(GermanCompoundSplitter.split("kuchenautomatisierung", WORDS))
        .containsExactly("automatisierung");
    // "funk" inside "funktion" is no part: the rest would be "tion".
    assertThat(GermanCompoundSplitter.split("fahrzeugfunktion", WORDS)).containsExactly("fahrzeug");
    assertThat(GermanCompoundSplitter.split("unbekanntwort", WORDS)).isEmpty();
  }

  @Test
  void germanAnalysisAddsThePartsAfterTheCompound() throws Exception {
    LanguageAnalysis analysis = new LanguageAnalysis(Taxonomy.builtIn(), Lexicon.builtIn());
    List<String> terms = new java.util.ArrayList<>();
    try (var stream =
        analysis.search("de").tokenStream("", "Kfz-Versicherungen für Lebensmittelabfälle")) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    assertThat(terms).contains("versicherung", "lebensmittelabfall", "lebensmittel", "abfall");
  }
}
