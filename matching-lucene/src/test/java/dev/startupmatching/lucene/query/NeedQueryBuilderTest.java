package dev.startupmatching.lucene.query;

import static dev.startupmatching.lucene.query.NeedQuery.Kind.CONCEPT;
import static dev.startupmatching.lucene.query.NeedQuery.Kind.CONCEPT_NAME;
import static dev.startupmatching.lucene.query.NeedQuery.Kind.TRANSLATION;
import static dev.startupmatching.lucene.query.NeedQuery.Kind.WORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.lucene.IndexInternals;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.analysis.NeedVocabulary;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds need queries directly and checks their clauses: kinds, order, languages and limits. */
class NeedQueryBuilderTest {
  private static final List<NeedQuery.Kind> KIND_ORDER =
      List.of(CONCEPT, WORD, CONCEPT_NAME, TRANSLATION);

  private static final Startup ENGLISH_LIDAR =
      Startup.builder("lidar", "Photon Scan")
          .description("Solid-state lidar sensors for self-driving cars.")
          .build();
  private static final Startup ENGLISH_CAMERA =
      Startup.builder("camera", "Gloss Vision")
          .description("Camera inspection of painted car bodies.")
          .build();
  private static final Startup GERMAN_LIDAR =
      Startup.builder("de-lidar", "Lichtblick")
          .description("Lidar-Sensoren für autonome Fahrzeuge.")
          .languages(List.of("de"))
          .build();

  private static Lexicon lexicon;

  /** English and German profiles, none in Italian or Chinese. */
  private static StartupIndex mixed;

  private static StartupIndex englishOnly;

  @BeforeAll
  static void buildIndexes() throws IOException {
    String json =
        """
        {"version": "test", "entries": [
          {"en": ["vehicle", "car"], "de": ["Fahrzeug"], "it": ["veicolo"], "zh": ["车辆"]}
        ]}
        """;
    lexicon = IndexInternals.lexicon(json);
    mixed = index(List.of(ENGLISH_LIDAR, ENGLISH_CAMERA, GERMAN_LIDAR));
    englishOnly = index(List.of(ENGLISH_LIDAR, ENGLISH_CAMERA));
  }

  @AfterAll
  static void closeIndexes() throws IOException {
    mixed.close();
    englishOnly.close();
  }

  private static StartupIndex index(List<Startup> startups) throws IOException {
    StartupIndex index = StartupIndex.inMemory(ConceptTaggerTest.TAXONOMY);
    index.upsertAll(startups);
    index.refresh();
    return index;
  }

  private static NeedQuery build(StartupIndex index, Need need) {
    return build(index, RankingConfig.DEFAULT, need);
  }

  private static NeedQuery build(StartupIndex index, RankingConfig config, Need need) {
    IndexSearcher searcher = IndexInternals.acquire(index);
    try {
      return new NeedQueryBuilder(
              IndexInternals.analysis(index), IndexInternals.tagger(index), lexicon, config)
          .build(need, new TermLookup(searcher));
    } finally {
      IndexInternals.release(index, searcher);
    }
  }

  private static Need english(String text) {
    return Need.builder("n", text).language("en").build();
  }

  private static List<NeedQuery.Clause> clauses(NeedQuery query, NeedQuery.Kind kind) {
    return query.clauses().stream().filter(c -> c.kind() == kind).toList();
  }

  /** The languages that clauses cross into from the need's language. */
  private static Set<String> crossedInto(NeedQuery query) {
    Set<String> languages = new HashSet<>();
    query.clauses().stream()
        .map(NeedQuery.Clause::crossing)
        .filter(Objects::nonNull)
        .forEach(c -> languages.add(c.to()));
    return languages;
  }

  /** The leaf queries of a query, as Lucene's clause limit counts them. */
  private static List<Query> leaves(Query query) {
    List<Query> leaves = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            leaves.add(q);
          }

          @Override
          public void visitLeaf(Query q) {
            leaves.add(q);
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return leaves;
  }

  private static List<String> ids(StartupIndex index, Query query) throws IOException {
    IndexSearcher searcher = IndexInternals.acquire(index);
    try {
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(StartupFields.ID));
      }
      return ids;
    } finally {
      IndexInternals.release(index, searcher);
    }
  }

  @Test
  void clausesComeStatedAreasFirstThenWordsThenAreaNamesThenTranslations() {
    NeedQuery query =
        build(
            mixed,
            Need.builder("n", "Lidar sensors for vehicles")
                .language("en")
                .requiredAreas(List.of("ad.lidar"))
                .build());

    List<NeedQuery.Kind> kinds = query.clauses().stream().map(NeedQuery.Clause::kind).toList();
    assertThat(kinds).isSortedAccordingTo(Comparator.comparingInt(KIND_ORDER::indexOf));
    assertThat(kinds.stream().distinct()).containsExactlyElementsOf(KIND_ORDER);

    List<NeedQuery.Clause> areas = clauses(query, CONCEPT);
    assertThat(areas).extracting(NeedQuery.Clause::conceptId).containsOnly("ad.lidar");
    assertThat(areas)
        .extracting(c -> ((BoostQuery) c.query()).getBoost())
        .as("the area itself, a narrower one, the broader one")
        .containsExactly(1f, 0.5f, 0.25f);
    assertThat(areas.get(0).description()).contains("which the need states");
    assertThat(areas.get(2).description()).contains("the broader 'Automated driving'");

    assertThat(clauses(query, WORD))
        .extracting(NeedQuery.Clause::needWord)
        .containsExactly("lidar", "sensors", "vehicles");
    assertThat(clauses(query, CONCEPT_NAME))
        .singleElement()
        .satisfies(c -> assertThat(c.conceptId()).isEqualTo("ad.lidar"))
        .satisfies(c -> assertThat(c.crossing().to()).isEqualTo("de"));
    assertThat(clauses(query, TRANSLATION))
        .singleElement()
        .satisfies(c -> assertThat(c.needWord()).isEqualTo("vehicles"))
        .satisfies(c -> assertThat(c.crossing().texts()).containsExactly("Fahrzeug"));
  }

  @Test
  void anAreaTheNeedOnlyMentionsScoresHalfAndOnlyForProfilesInAnotherLanguage() throws IOException {
    NeedQuery query = build(mixed, english("lidar"));

    List<NeedQuery.Clause> areas = clauses(query, CONCEPT);
    assertThat(areas)
        .extracting(c -> ((BoostQuery) c.query()).getBoost())
        .containsExactly(0.5f, 0.25f, 0.125f);
    assertThat(areas.get(0).description()).contains("mentions as 'lidar'");
    // Both lidar profiles cover the area, but the English one is left to the need's words.
    assertThat(ids(mixed, areas.get(0).query())).containsExactly("de-lidar");
  }

  @Test
  void otherProfileLanguagesAreSearchedOnlyWhenTheIndexHoldsProfilesInThem() {
    Need need = english("lidar sensors for cars");

    NeedQuery inMixed = build(mixed, need);
    NeedQuery inEnglishOnly = build(englishOnly, need);

    assertThat(crossedInto(inMixed)).containsExactly("de");
    assertThat(clauses(inMixed, CONCEPT_NAME)).isNotEmpty();
    assertThat(clauses(inMixed, TRANSLATION)).isNotEmpty();
    assertThat(crossedInto(inEnglishOnly)).isEmpty();
    assertThat(clauses(inEnglishOnly, CONCEPT_NAME)).isEmpty();
    assertThat(clauses(inEnglishOnly, TRANSLATION)).isEmpty();
  }

  @Test
  void aGermanNeedGetsEnglishTranslationsFromTheLexiconButNoneIntoLanguagesWithoutProfiles() {
    NeedQuery query =
        build(mixed, Need.builder("n", "Sensoren für Fahrzeuge").language("de").build());

    assertThat(query.language()).isEqualTo("de");
    assertThat(clauses(query, TRANSLATION))
        .singleElement()
        .satisfies(c -> assertThat(c.needWord()).isEqualTo("fahrzeuge"))
        .satisfies(c -> assertThat(c.crossing().from()).isEqualTo("de"))
        .satisfies(c -> assertThat(c.crossing().to()).isEqualTo("en"))
        .satisfies(c -> assertThat(c.crossing().texts()).containsExactly("vehicle", "car"));
    // The lexicon has Italian and Chinese words too, but the index no profile in either.
    assertThat(crossedInto(query)).containsExactly("en");
    assertThat(clauses(query, WORD))
        .extracting(NeedQuery.Clause::description)
        .anySatisfy(d -> assertThat(d).contains("in the German text"))
        .anySatisfy(d -> assertThat(d).contains("in the English text"));
  }

  @Test
  void aNeedOfOnlyStopWordsAndBoilerplateGivesAnEmptyQuery() {
    assertThat(build(mixed, english("We are looking for a partner, further down.")))
        .satisfies(q -> assertThat(q.isEmpty()).isTrue());
    assertThat(build(mixed, Need.builder("n", "und die der mit für").language("de").build()))
        .satisfies(q -> assertThat(q.isEmpty()).isTrue());

    RankingConfig keepingEveryWord =
        new RankingConfig(
            0.9f,
            0.4f,
            ImmutableMap.of(StartupFields.CONTENTS, 1f),
            1f,
            true,
            8f,
            /* contentWordsOnly= */ false);
    NeedQuery flat =
        build(mixed, keepingEveryWord, english("We are looking for a partner, further down."));
    assertThat(clauses(flat, WORD))
        .extracting(NeedQuery.Clause::needWord)
        .contains("looking", "partner", "further", "down");
  }

  @Test
  void aWordTheNeedRepeatsIsBoostedByItsCount() {
    RankingConfig undiscounted = RankingConfig.DEFAULT.withCommonNeedWordDiscount(0);

    NeedQuery query = build(mixed, undiscounted, english("lidar radar lidar, lidar"));

    NeedQuery.Clause lidar = clauses(query, WORD).get(0);
    assertThat(lidar.needWord()).isEqualTo("lidar");
    assertThat(lidar.description()).contains("(3×)");
    assertThat(lidar.query())
        .isInstanceOfSatisfying(BoostQuery.class, b -> assertThat(b.getBoost()).isEqualTo(3f));
    NeedQuery.Clause radar = clauses(query, WORD).get(1);
    assertThat(radar.needWord()).isEqualTo("radar");
    assertThat(radar.query()).isNotInstanceOf(BoostQuery.class);
  }

  @Test
  void aWordCommonInNeedStatementsIsDiscounted() {
    NeedVocabulary vocabulary = NeedVocabulary.builtIn(IndexInternals.analysis(mixed));
    double weight = vocabulary.weight("vehicl", RankingConfig.DEFAULT.commonNeedWordDiscount());
    assertThat(weight).as("'vehicle' is common in need statements").isLessThan(1);

    NeedQuery query = build(mixed, english("vehicle lidar vehicle"));

    NeedQuery.Clause vehicle = clauses(query, WORD).get(0);
    assertThat(vehicle.needWord()).isEqualTo("vehicle");
    assertThat(vehicle.description()).contains("(2×)", "as a word common in need statements");
    assertThat(((BoostQuery) vehicle.query()).getBoost())
        .isCloseTo((float) (2 * weight), within(1e-6f));
  }

  @Test
  void aHugeNeedSearchesAtMostMaxQueryTermsWordsAndKeepsTheWeightiest() {
    StringBuilder text = new StringBuilder("photon photon photon ");
    for (String word : inventedWords(600)) {
      text.append(word).append(' ');
    }

    NeedQuery query = build(englishOnly, english(text.toString()));

    assertThat(clauses(query, WORD)).hasSize(NeedQueryBuilder.MAX_QUERY_TERMS);
    assertThat(clauses(query, WORD)).extracting(NeedQuery.Clause::needWord).contains("photon");
    assertThat(leaves(query.toQuery())).hasSizeLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
  }

  @Test
  void aHugeNeedKeepsTheWordsProfilesUseOverWordsNoProfileHas() {
    StringBuilder text = new StringBuilder("lidar ");
    for (String word : inventedWords(300)) {
      text.append(word).append(' ');
    }

    NeedQuery query = build(englishOnly, english(text.toString()));

    assertThat(clauses(query, WORD)).hasSize(NeedQueryBuilder.MAX_QUERY_TERMS);
    assertThat(clauses(query, WORD)).extracting(NeedQuery.Clause::needWord).contains("lidar");
  }

  @Test
  void theClauseBudgetKeepsAHugeNeedWithinALoweredClauseLimit() throws IOException {
    int limit = IndexSearcher.getMaxClauseCount();
    StringBuilder text = new StringBuilder("Lidar sensors for vehicles ");
    for (String word : inventedWords(600)) {
      text.append(word).append(' ');
    }
    Need need =
        Need.builder("n", text.toString())
            .language("en")
            .requiredAreas(List.of("ad.lidar", "e.battery"))
            .build();
    try {
      IndexSearcher.setMaxClauseCount(100);

      NeedQuery query = build(mixed, need);

      // 32 leaves stay free for the filters that the matcher adds after the need's clauses.
      assertThat(leaves(query.toQuery())).hasSizeBetween(100 - 32 - 8, 100 - 32);
      assertThat(query.clauses().subList(0, 6))
          .as("the stated areas come first and are kept")
          .extracting(NeedQuery.Clause::kind)
          .containsOnly(CONCEPT);
      assertThat(ids(mixed, query.toQuery())).contains("lidar", "de-lidar");
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
  }

  @Test
  void queryOperatorsWildcardsAndQuotesAreSearchedAsPlainWords() throws IOException {
    NeedQuery query =
        build(
            mixed,
            english(
                "title:radar AND (lidar^3 OR \"camera inspection\") -camera +sensor* fus?on~2"
                    + " [a TO z] {x} \\ / ! &&"));

    // Word characters joined by a colon are one word to Unicode's word breaking.
    assertThat(clauses(query, WORD))
        .extracting(NeedQuery.Clause::needWord)
        .contains("title:radar", "lidar", "camera", "inspection", "sensor");
    List<Query> leaves = leaves(query.toQuery());
    assertThat(leaves)
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q).isInstanceOfAny(TermQuery.class, PhraseQuery.class));
    Set<String> fields = new HashSet<>();
    leaves.stream()
        .filter(TermQuery.class::isInstance)
        .forEach(q -> fields.add(((TermQuery) q).getTerm().field()));
    assertThat(fields).doesNotContain("title");
    assertThat(ids(mixed, query.toQuery()))
        .as("'-camera' excludes nothing")
        .contains("camera", "lidar");
  }

  /** Distinct made-up words that no profile and no need statement uses. */
  private static List<String> inventedWords(int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("zq" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "x");
    }
    return words;
  }
}
