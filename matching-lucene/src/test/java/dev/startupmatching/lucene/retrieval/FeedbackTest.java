package dev.startupmatching.lucene.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.lucene.IndexInternals;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.query.ClauseWeights;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks when feedback expands a need's query, with which words, and how its scores add up. */
class FeedbackTest {
  /** The words of one rooftop solar startup each, which no other profile uses. */
  private static final List<String> SPECIALTIES =
      List.of(
          "monocrystalline modules",
          "bifacial glass",
          "microinverter kits",
          "racking rails",
          "shingle tiles",
          "skylight frames",
          "carport canopies",
          "heatpump coupling",
          "gutter mounts",
          "balcony hooks",
          "tilt brackets",
          "cabling looms");

  private static final List<String> TRADES =
      List.of(
          "bakery florist tailor barber jeweller cobbler locksmith plumber glazier upholsterer"
              .split(" "));

  private static final List<String> TOWNS =
      List.of(
          ("Aachen Bremen Cologne Dresden Essen Freiburg Gera Hamburg Ingolstadt Jena Kiel Leipzig"
                  + " Mainz Nuremberg Oldenburg Potsdam Regensburg Stuttgart Trier Ulm")
              .split(" "));

  private static IndexInternals.Searched searched;
  private static StartupIndex index;
  private static IndexSearcher searcher;
  private static ProfileTerms terms;
  private static NeedQueryBuilder builder;

  @BeforeAll
  static void buildIndex() throws IOException {
    List<Startup> startups = new ArrayList<>();
    // Twelve startups fit the broad need alike, and share words the need does not use.
    for (int i = 0; i < SPECIALTIES.size(); i++) {
      startups.add(
          Startup.builder("roof-" + i, "Roof Power " + (i + 1))
              .description(
                  "A company for rooftop solar panels on homes: the company fits photovoltaic"
                      + " inverters and "
                      + SPECIALTIES.get(i)
                      + ".")
              .build());
    }
    // Startups with the words of the broad need's candidates, but none of the need's own.
    for (int i = 0; i < 3; i++) {
      startups.add(
          Startup.builder("farm-" + i, "Field Volt " + (i + 1))
              .description("A company building photovoltaic inverters and solar panels for farms.")
              .build());
    }
    startups.add(
        Startup.builder("lidar", "Photon Scan")
            .description("A company making lidar sensors for self-driving cars.")
            .build());
    // Many other profiles, so that a word of every profile is common and the rest are rare.
    for (String trade : TRADES) {
      for (String town : TOWNS) {
        startups.add(
            Startup.builder(trade + "-" + town, "Shop " + town)
                .description("A " + trade + " company in " + town + ".")
                .build());
      }
    }
    searched = IndexInternals.searched(ConceptTaggerTest.TAXONOMY, startups);
    index = searched.index();
    searcher = searched.searcher();
    terms = new ProfileTerms(searcher.getIndexReader());
    builder = IndexInternals.queryBuilder(index, Lexicon.empty());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    searched.close();
  }

  private static NeedQuery needQuery(String text) {
    return builder.build(Need.builder("n", text).language("en").build(), new TermLookup(searcher));
  }

  private static ScoreDoc[] top(NeedQuery query, int n) throws IOException {
    return searcher.search(query.toQuery(), n).scoreDocs;
  }

  private static NeedQuery broadNeed() {
    return needQuery("rooftop energy for homes");
  }

  private static String id(int doc) throws IOException {
    return searcher.storedFields().document(doc).get(StartupFields.ID);
  }

  /** The English search term of a word, as profiles are indexed. */
  private static String term(String word) throws IOException {
    return IndexInternals.searchTerm(index, "en", word);
  }

  private static List<NeedQuery.Clause> feedbackClauses(NeedQuery expanded) {
    return expanded.clauses().stream().filter(c -> c.kind() == NeedQuery.Kind.FEEDBACK).toList();
  }

  @Test
  void aNarrowNeedIsNotExpanded() throws IOException {
    NeedQuery narrow = needQuery("lidar sensors");
    ScoreDoc[] hits = top(narrow, Feedback.DOCS);
    assertThat(hits).hasSize(1);
    assertThat(Neighbourhood.flatness(hits, Feedback.DOCS)).isLessThanOrEqualTo(Feedback.FLOOR);

    assertThat(Feedback.expand(new TermLookup(searcher), terms, narrow, hits)).isSameAs(narrow);
    assertThat(Feedback.expand(new TermLookup(searcher), terms, narrow, new ScoreDoc[0]))
        .isSameAs(narrow);
  }

  @Test
  void theSameCandidatesExpandTheQueryOnlyWhenTheirScoresAreFlat() throws IOException {
    NeedQuery broad = broadNeed();
    ScoreDoc[] hits = top(broad, Feedback.DOCS);
    assertThat(hits).hasSize(Feedback.DOCS);
    ScoreDoc[] steep = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      steep[i] = new ScoreDoc(hits[i].doc, i == 0 ? 10 : 4);
    }
    assertThat(Neighbourhood.flatness(steep, Feedback.DOCS)).isLessThan(Feedback.FLOOR);

    assertThat(Feedback.expand(new TermLookup(searcher), terms, broad, steep)).isSameAs(broad);

    assertThat(Neighbourhood.flatness(hits, Feedback.DOCS)).isGreaterThan(Feedback.FLOOR);
    NeedQuery expanded = Feedback.expand(new TermLookup(searcher), terms, broad, hits);
    assertThat(expanded.clauses()).startsWith(broad.clauses().toArray(NeedQuery.Clause[]::new));
    assertThat(expanded.clauses().subList(broad.clauses().size(), expanded.clauses().size()))
        .isNotEmpty()
        .extracting(NeedQuery.Clause::kind)
        .containsOnly(NeedQuery.Kind.FEEDBACK);
    assertThat(expanded.addedTo(broad).clauses()).isEqualTo(feedbackClauses(expanded));
  }

  @Test
  void aBroadNeedGainsAtMostTermsFeedbackWordsButNoWordOfManyProfiles() throws IOException {
    NeedQuery broad = broadNeed();

    NeedQuery expanded =
        Feedback.expand(new TermLookup(searcher), terms, broad, top(broad, Feedback.DOCS));

    List<NeedQuery.Clause> feedback = feedbackClauses(expanded);
    // The candidates have more than TERMS words rare enough to be feedback words.
    assertThat(feedback).hasSize(Feedback.TERMS);
    List<String> words = feedback.stream().map(NeedQuery.Clause::needWord).toList();
    assertThat(words)
        .doesNotHaveDuplicates()
        .contains(term("photovoltaic"), term("inverters"))
        .doesNotContain(term("company"));
    assertThat(terms.docFreq(term("company"))).isGreaterThan(terms.profiles() / 10);
    for (String word : words) {
      assertThat(terms.docFreq(word)).as(word).isBetween(1, terms.profiles() / 10);
    }
    for (NeedQuery.Clause clause : feedback) {
      assertThat(clause.query())
          .isInstanceOfSatisfying(
              BoostQuery.class,
              b -> {
                assertThat(b.getBoost()).isPositive();
                assertThat(((TermQuery) b.getQuery()).getTerm().field())
                    .isEqualTo(StartupFields.CONTENTS);
                assertThat(((TermQuery) b.getQuery()).getTerm().text())
                    .isEqualTo(clause.needWord());
              });
    }
  }

  @Test
  void feedbackAddsItsShareOfTheScoreOnTheCandidatesItCameFrom() throws IOException {
    NeedQuery broad = broadNeed();
    ScoreDoc[] hits = top(broad, Feedback.DOCS);
    double flatness = Neighbourhood.flatness(hits, Feedback.DOCS);
    double share = Feedback.STRENGTH * (flatness - Feedback.FLOOR) / (1 - Feedback.FLOOR);

    NeedQuery feedback =
        Feedback.expand(new TermLookup(searcher), terms, broad, hits).addedTo(broad);

    double own = 0;
    double added = 0;
    for (ScoreDoc hit : hits) {
      own += hit.score;
      added += searcher.explain(feedback.toQuery(), hit.doc).getValue().doubleValue();
    }
    assertThat(added / (own + added)).isCloseTo(share, within(1e-4));
  }

  @Test
  void theUnionGivesEachStartupItsOwnScorePlusItsFeedbackScore() throws IOException {
    NeedQuery broad = broadNeed();
    NeedQuery expanded =
        Feedback.expand(new TermLookup(searcher), terms, broad, top(broad, Feedback.DOCS));
    NeedQuery feedback = expanded.addedTo(broad);
    Map<Integer, Float> direct = new HashMap<>();
    for (ScoreDoc hit : top(expanded, 1000)) {
      direct.put(hit.doc, hit.score);
    }

    // Few own and many feedback candidates, then many own and few feedback ones.
    for (int[] depths : new int[][] {{3, 20}, {12, 3}}) {
      ScoreDoc[] own = top(broad, depths[0]);
      ScoreDoc[] byFeedback = top(feedback, depths[1]);

      ScoreDoc[] union =
          Feedback.union(new ClauseWeights(expanded, new TermLookup(searcher)), own, byFeedback);

      Set<Integer> expected = new HashSet<>();
      Arrays.stream(own).forEach(hit -> expected.add(hit.doc));
      Arrays.stream(byFeedback).forEach(hit -> expected.add(hit.doc));
      assertThat(Arrays.stream(union).map(hit -> hit.doc))
          .containsExactlyInAnyOrderElementsOf(expected);
      for (ScoreDoc hit : union) {
        assertThat(hit.score).as(id(hit.doc)).isCloseTo(direct.get(hit.doc), within(1e-5f));
      }
    }
    ScoreDoc[] union =
        Feedback.union(
            new ClauseWeights(expanded, new TermLookup(searcher)),
            top(broad, 3),
            top(feedback, 20));
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : union) {
      ids.add(id(hit.doc));
    }
    assertThat(ids).as("found by feedback words alone").contains("farm-0", "farm-1", "farm-2");
  }
}
