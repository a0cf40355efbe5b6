package dev.startupmatching.lucene.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.lucene.IndexInternals;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Explains hits clause by clause and checks the sums, the clauses shown and the matched words. */
class ExplanationsTest {
  private static IndexInternals.Searched searched;
  private static StartupIndex index;
  private static IndexSearcher searcher;
  private static NeedQueryBuilder builder;

  @BeforeAll
  static void buildIndex() throws IOException {
    searched =
        IndexInternals.searched(
            ConceptTaggerTest.TAXONOMY,
            List.of(
                Startup.builder("lidar", "Photon Scan")
                    .description("Solid-state lidar sensors for self-driving cars.")
                    .build(),
                Startup.builder("radar", "Wave Sense")
                    .description("Imaging radar sensors for driver assistance.")
                    .build(),
                Startup.builder("battery", "CellForge")
                    .description("Battery management systems for electric vehicles.")
                    .build(),
                Startup.builder("lidar-bms", "Dual Stack")
                    .description("Lidar optics and battery management systems.")
                    .build(),
                Startup.builder("de-lidar", "Lichtblick")
                    .description("Lidar-Sensoren für autonome Fahrzeuge.")
                    .languages(List.of("de"))
                    .build()));
    index = searched.index();
    searcher = searched.searcher();
    builder = IndexInternals.queryBuilder(index, IndexInternals.vehicleLexicon());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    searched.close();
  }

  /** A need's query, its hits, and their explanations. */
  private record Explaining(NeedQuery query, ScoreDoc[] hits, Explanations explanations) {
    Explanations.Explained of(String id) throws IOException {
      for (ScoreDoc hit : hits) {
        if (id(hit.doc).equals(id)) {
          return explanations.explain(hit.doc, hit.score);
        }
      }
      throw new AssertionError(id + " is not a hit");
    }
  }

  private static Explaining explaining(Need need) throws IOException {
    NeedQuery query = builder.build(need, new TermLookup(searcher));
    ScoreDoc[] hits = searcher.search(query.toQuery(), 10).scoreDocs;
    ClauseWeights weights = new ClauseWeights(query, new TermLookup(searcher));
    weights.scores(Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    return new Explaining(query, hits, new Explanations(weights));
  }

  private static Need english(String text) {
    return Need.builder("n", text).language("en").build();
  }

  private static String id(int doc) throws IOException {
    return searcher.storedFields().document(doc).get(StartupFields.ID);
  }

  private static List<String> descriptions(Explanations.Explained explained) {
    return explained.explanation().details().stream().map(Explanation::description).toList();
  }

  private static String term(String language, String word) throws IOException {
    return IndexInternals.searchTerm(index, language, word);
  }

  @Test
  void theClausesOfEachExplainedHitAddUpToItsScore() throws IOException {
    Explaining explaining =
        explaining(
            Need.builder("n", "lidar and radar sensors for vehicles")
                .language("en")
                .requiredAreas(List.of("ad.lidar"))
                .build());
    assertThat(explaining.hits()).hasSizeGreaterThan(3);

    for (ScoreDoc hit : explaining.hits()) {
      Explanations.Explained explained = explaining.explanations().explain(hit.doc, hit.score);

      Explanation explanation = explained.explanation();
      assertThat(explanation.value()).isEqualTo(hit.score);
      assertThat(explanation.details()).isNotEmpty();
      assertThat(explanation.details().stream().mapToDouble(Explanation::value).sum())
          .as(id(hit.doc))
          .isCloseTo(hit.score, within(1e-4));
      assertThat(explained.components())
          .containsOnlyKeys("words", "translations", "area names", "areas");
      assertThat(explained.components().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(hit.score, within(1e-4));
    }
  }

  @Test
  void onlyTheClausesAHitMatchesAppear() throws IOException {
    Explaining explaining = explaining(english("lidar radar sensors"));

    Explanations.Explained radar = explaining.of("radar");

    assertThat(descriptions(radar))
        .hasSize(2)
        .anySatisfy(d -> assertThat(d).startsWith("'radar' in the English text"))
        .anySatisfy(d -> assertThat(d).startsWith("'sensor' in the English text"));
    assertThat(radar.matchedWords()).containsExactlyInAnyOrder("radar", "sensors");
    assertThat(radar.matchedAreas()).isEmpty();
    assertThat(radar.components()).containsEntry("areas", 0.0).containsEntry("translations", 0.0);
    assertThat(descriptions(explaining.of("lidar"))).noneMatch(d -> d.contains("'radar'"));
  }

  @Test
  void matchedWordsAndAreasComeMostContributingFirst() throws IOException {
    // The battery area is stated first, but the profile covers only a narrower one (half the
    // weight), while it covers the lidar area itself.
    Explaining explaining =
        explaining(
            Need.builder("n", "optics optics optics, sensors")
                .language("en")
                .requiredAreas(List.of("e.battery"))
                .preferredAreas(List.of("ad.lidar"))
                .build());

    Explanations.Explained both = explaining.of("lidar-bms");

    assertThat(both.matchedAreas()).containsExactly("ad.lidar", "e.battery");
    assertThat(both.explanation().details())
        .extracting(Explanation::value)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(both.matchedWords()).containsExactly("optics", "lidar", "battery");

    Explanations.Explained lidar = explaining.of("lidar");
    assertThat(lidar.matchedAreas()).containsExactly("ad.lidar");
    assertThat(lidar.matchedWords()).containsExactly("lidar", "sensors");
  }

  @Test
  void matchedTermsAreListedByTheFieldsOfTheMatchedClauses() throws IOException {
    Explaining explaining =
        explaining(Need.builder("n", "Lidar-Sensoren für Fahrzeuge").language("de").build());

    Explanations.Explained german = explaining.of("de-lidar");
    Explanations.Explained english = explaining.of("lidar");

    assertThat(german.matchedTermsByField().get(StartupFields.textField("de")))
        .contains(term("de", "Lidar"), term("de", "Sensoren"), term("de", "Fahrzeuge"));
    // The English profile is found by the need's Latin words, its translation and its area.
    assertThat(english.matchedTermsByField().get(StartupFields.CONTENTS))
        .contains(term("en", "lidar"), term("en", "cars"));
    assertThat(english.matchedTermsByField().get(StartupFields.CONCEPTS)).contains("ad.lidar");
    assertThat(english.matchedTermsByField().keySet())
        .as("no language of a profile left out, and no German field")
        .doesNotContain(StartupFields.LANGUAGE, StartupFields.textField("de"));
  }

  @Test
  void aTranslatedClauseNamesTheTranslationsTheProfileHas() throws IOException {
    Explaining explaining = explaining(Need.builder("n", "Fahrzeug").language("de").build());

    assertThat(descriptions(explaining.of("lidar")))
        .anySatisfy(
            d -> assertThat(d).startsWith("fahrzeug → car (German → English, the lexicon): "));
    assertThat(descriptions(explaining.of("battery")))
        .anySatisfy(
            d -> assertThat(d).startsWith("fahrzeug → vehicle (German → English, the lexicon): "));
    assertThat(explaining.of("lidar").components().get("translations")).isPositive();
  }

  @Test
  void aDocumentWhoseClauseScoresWereNotGivenIsNotExplained() throws IOException {
    NeedQuery query = builder.build(english("lidar"), new TermLookup(searcher));
    ClauseWeights weights = new ClauseWeights(query, new TermLookup(searcher));
    int radar =
        searcher.search(new TermQuery(new Term(StartupFields.ID, "radar")), 1).scoreDocs[0].doc;
    Explanations explanations = new Explanations(weights);

    assertThatThrownBy(() -> explanations.explain(radar, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not prepared");
  }

  @Test
  void termClausesExplainedAllAtOnceReadAsLuceneExplainsThem() throws IOException {
    int compared = 0;
    for (Need need :
        List.of(
            english("lidar sensors for cars and battery management"),
            Need.builder("de", "Lidar-Sensoren für Fahrzeuge").language("de").build())) {
      TermLookup lookup = new TermLookup(searcher);
      NeedQuery query = builder.build(need, lookup);
      int[] docs =
          Arrays.stream(searcher.search(query.toQuery(), 10).scoreDocs)
              .mapToInt(hit -> hit.doc)
              .toArray();
      ClauseWeights weights = new ClauseWeights(query, lookup);
      Map<Integer, float[]> scores = weights.scores(docs);
      TermClauseExplanations terms = new TermClauseExplanations(weights);

      terms.prepare(docs);

      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (int doc : docs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        for (int i = 0; i < query.clauses().size(); i++) {
          org.apache.lucene.search.Explanation prepared = terms.explanation(i, doc);
          if (Float.isNaN(scores.get(doc)[i])) {
            assertThat(prepared).isNull();
          } else if (prepared != null) {
            assertThat(prepared.toString())
                .isEqualTo(weights.weight(i).explain(leaf, doc - leaf.docBase).toString());
            assertThat(prepared.getValue().floatValue()).isEqualTo(scores.get(doc)[i]);
            compared++;
          }
        }
      }
    }
    assertThat(compared).as("clauses explained all at once").isGreaterThan(5);
  }

  @Test
  void preparedAndUnpreparedExplanationsAreTheSame() throws IOException {
    Explaining explaining = explaining(english("lidar sensors for cars and battery management"));
    List<String> unprepared = new ArrayList<>();
    for (ScoreDoc hit : explaining.hits()) {
      unprepared.add(explaining.explanations().explain(hit.doc, hit.score).toString());
    }

    explaining
        .explanations()
        .prepare(Arrays.stream(explaining.hits()).mapToInt(hit -> hit.doc).toArray());

    List<String> prepared = new ArrayList<>();
    for (ScoreDoc hit : explaining.hits()) {
      prepared.add(explaining.explanations().explain(hit.doc, hit.score).toString());
    }
    assertThat(prepared).isEqualTo(unprepared);
  }
}
