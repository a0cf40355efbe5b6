package dev.startupmatching.internal.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.startupmatching.match.Explanation;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.ScoringModel;
import dev.startupmatching.rank.Signals;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RerankerTest {
  private static final String LIDAR = "automated-driving.lidar";
  private static final NeedAnalysis NEED =
      NeedAnalysis.of(
          Need.builder("n", "Lidar")
              .requiredAreas(List.of(LIDAR))
              .regions(List.of("Germany"))
              .build(),
          "en",
          List.of(),
          Taxonomy.builtIn());

  private static Candidate candidate(String id, double text, String country, String... areas) {
    return Candidate.of(
        Startup.builder(id, id).description("A startup.").country(country).build(),
        10 * text,
        text,
        Set.of(areas));
  }

  private final Reranker reranker = Reranker.of(Signals.defaults(2026), ScoringModel.defaults());

  @Test
  void ordersByScoreThenIdAndKeepsTheTopK() {
    List<RankedCandidate> ranked =
        reranker.rank(
            NEED,
            List.of(
                candidate("b", 1, "Germany"),
                candidate("a", 1, "Germany"),
                candidate("c", 0.8, "Germany", LIDAR),
                candidate("d", 1, "France")),
            3);

    assertThat(ranked).extracting(r -> r.candidate().startup().id()).containsExactly("c", "a", "b");
  }

  @Test
  void explanationsAddUpAndSayWhatIsMissing() {
    RankedCandidate abroad = reranker.rank(NEED, List.of(candidate("d", 0.7, "France")), 1).get(0);

    Explanation explanation =
        reranker.explain(abroad, Map.of(Signals.TEXT, List.of(Explanation.of(0.1, "lidar"))));

    assertThat(explanation.value()).isEqualTo(abroad.score());
    assertThat(explanation.details().stream().mapToDouble(Explanation::value).sum())
        .isCloseTo(abroad.score(), within(1e-12));
    assertThat(explanation.details())
        .anySatisfy(d -> assertThat(d.description()).startsWith("text: value 0.7000 × weight"))
        .anySatisfy(
            d ->
                assertThat(d.details())
                    .extracting(Explanation::description)
                    .containsExactly("lidar"))
        .anySatisfy(d -> assertThat(d.description()).startsWith("required-areas: value 0.0000"));
    assertThat(reranker.missing(abroad))
        .containsExactly("the required area 'Lidar'", "a location in Germany (it is in France)");
  }

  @Test
  void contributionsAlwaysAddUpToTheScore() {
    qt().forAll(lists().of(doubles().between(0, 1)).ofSize(3))
        .checkAssert(
            texts -> {
              List<Candidate> candidates = new ArrayList<>();
              for (int i = 0; i < texts.size(); i++) {
                candidates.add(
                    candidate("s" + i, texts.get(i), i % 2 == 0 ? "Germany" : "Chile", LIDAR));
              }
              for (RankedCandidate ranked : reranker.rank(NEED, candidates, 3)) {
                double sum =
                    reranker.model().contributions(ranked.features()).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                assertThat(sum).isCloseTo(ranked.score(), within(1e-12));
              }
            });
  }

  @Test
  void refusesAModelThatWeighsAnAbsentSignal() {
    ScoringModel model = LinearScoringModel.builder("m").weight("unknown-signal", 1).build();

    assertThatThrownBy(() -> Reranker.of(Signals.defaults(), model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown-signal");
  }

  @Test
  void refusesTwoSignalsWithOneName() {
    assertThatThrownBy(
            () ->
                Reranker.of(
                    List.of(Signals.region(), Signals.region()),
                    LinearScoringModel.builder("m").weight(Signals.REGION, 1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two signals are named 'region'");
  }
}
