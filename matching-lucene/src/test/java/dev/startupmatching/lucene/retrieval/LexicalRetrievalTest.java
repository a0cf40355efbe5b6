package dev.startupmatching.lucene.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.lucene.IndexInternals;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.index.ProfileTerms;
import dev.startupmatching.lucene.query.NeedQuery;
import dev.startupmatching.lucene.query.NeedQueryBuilder;
import dev.startupmatching.lucene.query.TermLookup;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrieves by the need's query and its feedback words in separate searches, and checks that each
 * candidate gets the score one search of the whole expanded query gives.
 */
class LexicalRetrievalTest {
  private static final UnaryOperator<Query> UNFILTERED = query -> query;

  private static IndexInternals.Searched searched;
  private static StartupIndex index;
  private static IndexSearcher searcher;
  private static NeedQueryBuilder builder;

  @BeforeAll
  static void buildIndex() throws IOException {
    List<Startup> startups = new ArrayList<>();
    String[] kinds = {"lidar", "radar", "camera", "battery", "charging", "telematics"};
    for (String kind : kinds) {
      for (int i = 0; i < 4; i++) {
        startups.add(
            Startup.builder(kind + "-" + i, kind + " works " + i)
                .description(
                    "We build "
                        + kind
                        + " systems for vehicles and fleets, with software for "
                        + kinds[(i + 1) % kinds.length]
                        + " data.")
                .build());
      }
    }
    startups.add(
        Startup.builder("de-lidar", "Lichtblick")
            .description("Lidar-Sensoren für autonome Fahrzeuge und Flotten.")
            .languages(List.of("de"))
            .build());
    startups.add(
        Startup.builder("de-fahrzeug", "Fahrwerk")
            .description("Software für Fahrzeuge im Stadtverkehr.")
            .languages(List.of("de"))
            .build());
    searched = IndexInternals.searched(ConceptTaggerTest.TAXONOMY, startups);
    index = searched.index();
    searcher = searched.searcher();
    builder = IndexInternals.queryBuilder(index, IndexInternals.vehicleLexicon());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    searched.close();
  }

  private static Map<Integer, Float> direct(NeedQuery query) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query.toQuery(), 1000).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  @Test
  void eachCandidateGetsTheWholeExpandedQuerysScore() throws IOException {
    TermLookup lookup = new TermLookup(searcher);
    NeedQuery needQuery =
        builder.build(
            Need.builder("n", "lidar sensors for vehicles").language("en").build(), lookup);
    assertThat(needQuery.clauses())
        .as("the need crosses into German")
        .anyMatch(clause -> clause.kind() == NeedQuery.Kind.TRANSLATION);

    LexicalRetrieval.Retrieved retrieved =
        LexicalRetrieval.retrieve(
            lookup, new ProfileTerms(searcher.getIndexReader()), needQuery, UNFILTERED, 10, true);

    Map<Integer, Float> direct = direct(retrieved.expanded());
    assertThat(retrieved.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    for (ScoreDoc hit : retrieved.hits()) {
      assertThat(hit.score).isCloseTo(direct.get(hit.doc), within(1e-5f));
    }
    for (int i = 1; i < retrieved.hits().length; i++) {
      assertThat(retrieved.hits()[i].score).isLessThanOrEqualTo(retrieved.hits()[i - 1].score);
    }
    List<Float> best = direct.values().stream().sorted((a, b) -> Float.compare(b, a)).toList();
    assertThat(retrieved.hits()[0].score).isCloseTo(best.get(0), within(1e-5f));
  }
}
