package dev.startupmatching.lucene.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.match.Snippet;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Checks which passage of a profile a snippet shows and which words it highlights. */
class SnippetsTest {
  private static final String GERMAN = StartupFields.textField("de");

  private final Analyzer perField =
      new LanguageAnalysis(ConceptTaggerTest.TAXONOMY, Lexicon.builtIn()).perField();
  private final Snippets snippets = new Snippets(perField);

  private static Startup startup(String oneLiner, String description) {
    return Startup.builder("s", "Name").oneLiner(oneLiner).description(description).build();
  }

  /** The terms a field's analysis gives the words, as a need's matched terms are indexed. */
  private Set<String> terms(String field, String words) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = perField.tokenStream(field, words)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void highlightsEveryWordWhoseIndexedTermMatchedInOneLinerAndDescription() throws IOException {
    Startup startup =
        startup("Battery recycling.", "We recover cells from spent batteries of electric cars.");

    Snippet snippet =
        snippets.snippet(startup, StartupFields.CONTENTS, terms(StartupFields.CONTENTS, "battery"));

    assertThat(snippet.toString())
        .isEqualTo(
            "[Battery] recycling. We recover cells from spent [batteries] of electric cars.");
  }

  @Test
  void showsThePassageWithTheMostDistinctMatchedTerms() throws IOException {
    String early = "Founded by engineers, the team first built lidar mounts for trucks. ";
    String filler =
        "Since then it has grown, moved offices twice, hired staff in three countries and won"
            + " several regional awards for design and for the quality of its customer service. ";
    String passage = "Today it sells imaging radar and camera fusion for lidar-free perception. ";
    Startup startup = startup("", early + filler + passage + filler);

    Snippet snippet =
        snippets.snippet(
            startup, StartupFields.CONTENTS, terms(StartupFields.CONTENTS, "lidar radar camera"));

    assertThat(snippet.text()).startsWith("…").endsWith("…").doesNotContain("Founded");
    assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippets.LENGTH + 20 + 2);
    assertThat(snippet.toString()).contains("imaging [radar] and [camera] fusion for [lidar]-free");
    // Cut at whole words: the snippet's text, after the ellipsis, follows a space of the profile.
    String shown = snippet.text().substring(1, snippet.text().length() - 1);
    int at = startup.description().indexOf(shown);
    assertThat(at).isPositive();
    assertThat(Character.isWhitespace(startup.description().charAt(at - 1))).isTrue();
  }

  @Test
  void withoutMatchedTermsShowsTheProfilesBeginning() throws IOException {
    String description =
        "Robotic welding cells for car body shops, with seam tracking and offline programming"
            + " from the plant's digital twin, so that a new model's welds are taught before the"
            + " line stops, and quality checked by ultrasound after every shift.";
    Startup startup = startup("Welding robots.", description);

    Snippet none = snippets.snippet(startup, StartupFields.CONTENTS, Set.of());
    Snippet unmatched =
        snippets.snippet(startup, StartupFields.CONTENTS, terms(StartupFields.CONTENTS, "lidar"));

    assertThat(none.highlights()).isEmpty();
    assertThat(none.text()).startsWith("Welding robots. Robotic welding cells").endsWith("…");
    assertThat(none.text().length()).isBetween(Snippets.LENGTH, Snippets.LENGTH + 20 + 1);
    assertThat(unmatched).isEqualTo(none);
    Snippet whole =
        snippets.snippet(startup("", "Welding robots."), StartupFields.CONTENTS, Set.of("lidar"));
    assertThat(whole.text()).isEqualTo("Welding robots.");
  }

  @Test
  void analysesANonEnglishProfileInItsLanguage() throws IOException {
    Startup startup =
        startup(
            "Batteriemanagement für Elektroautos.",
            "Wir bauen auch Ladesäulen und Batterien für Flotten.");
    Set<String> compound = terms(GERMAN, "Batteriemanagement");
    assertThat(compound).as("the compound and its parts").hasSizeGreaterThan(1);
    Set<String> terms = new LinkedHashSet<>(compound);
    terms.addAll(terms(GERMAN, "Batterie Ladesaeule"));

    Snippet german = snippets.snippet(startup, GERMAN, terms);
    Snippet asEnglish = snippets.snippet(startup, StartupFields.CONTENTS, terms);

    // Compound parts share their word's offsets, so the compound is highlighted once, whole.
    assertThat(german.toString())
        .isEqualTo(
            "[Batteriemanagement] für Elektroautos. Wir bauen auch [Ladesäulen] und [Batterien]"
                + " für Flotten.");
    assertThat(asEnglish.highlights()).isEmpty();
  }
}
