package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.io.InputException;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitModelTest {
  private static final FitModel MODEL =
      FitModel.of(
          "test",
          -1,
          Map.of(Signals.COVERAGE, 4.0),
          List.of(new double[] {-1, 0.0}, new double[] {0, 0.2}, new double[] {3, 0.8}));

  private static FeatureVector features(double coverage, Need need, Startup startup) {
    Reranker signals = Reranker.of(Signals.defaults(2026), ScoringModel.defaults());
    Candidate candidate = Candidate.of(startup, 1, 1, Set.of()).withCoverage(coverage);
    return signals.features(NeedAnalysis.of(need, "en", List.of(), Taxonomy.builtIn()), candidate);
  }

  private static Startup startup(String country) {
    return Startup.builder("s", "S").description("x").country(country).build();
  }

  @Test
  void fitFollowsTheCurveBetweenItsPointsAndStaysWithinIt() {
    Need need = Need.builder("n", "batteries").build();

    assertThat(MODEL.fit(features(0, need, startup("Germany")))).isEqualTo(0);
    assertThat(MODEL.fit(features(0.25, need, startup("Germany")))).isCloseTo(0.2, within(1e-9));
    assertThat(MODEL.fit(features(0.625, need, startup("Germany")))).isCloseTo(0.5, within(1e-9));
    assertThat(MODEL.fit(features(1, need, startup("Germany")))).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void aStartupThatBreaksAStatedPreferenceFitsLessAndSaysSo() {
    Need inChina = Need.builder("n", "batteries").regions(List.of("China")).build();

    FeatureVector outside = features(0.625, inChina, startup("Germany"));
    FeatureVector inside = features(0.625, inChina, startup("China"));

    assertThat(MODEL.fit(inside)).isCloseTo(0.5, within(1e-9));
    assertThat(MODEL.fit(outside)).isZero();
    assertThat(MODEL.explain(outside)).contains("fit 0.00 by model 'test'", "lacks a location in");
  }

  @Test
  void theBuiltInModelRisesWithCoverage() {
    Need need = Need.builder("n", "batteries").build();
    double previous = -1;
    for (double coverage = 0; coverage <= 1; coverage += 0.05) {
      double fit = FitModel.builtIn().fit(features(coverage, need, startup("Germany")));
      assertThat(fit).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
      previous = fit;
    }
    assertThat(FitModel.builtIn().fit(features(0.02, need, startup("Germany")))).isLessThan(0.2);
    assertThat(FitModel.builtIn().fit(features(0.4, need, startup("Germany"))))
        .isGreaterThan(MatchOptions.DEFAULT_MIN_FIT);
  }

  @Test
  void theJsonFormRoundTripsAndNamesTheFieldAtFault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fit.json");
    Files.writeString(file, MODEL.toJson());
    assertThat(FitModel.read(file)).isEqualTo(MODEL);

    Files.writeString(
        file,
        "{\"type\": \"fit\", \"name\": \"x\",\n"
            + " \"evidence\": {\"intercept\": 0, \"weights\": {\"coverage\": \"high\"}},\n"
            + " \"curve\": [[0, 0.1]]}");
    assertThatThrownBy(() -> FitModel.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("fit.json")
        .hasMessageContaining("fit.json:2:")
        .hasMessageContaining("evidence.weights.coverage");

    Files.writeString(
        file,
        "{\"type\": \"fit\", \"name\": \"x\", \"evidence\": {\"intercept\": 0, \"weights\":"
            + " {\"coverage\": 1}}, \"curve\": [[0, 0.5], [1, 0.4]]}");
    assertThatThrownBy(() -> FitModel.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("fit must not decrease");
  }

  @Test
  void aModelNeedsSignalsAndAnIncreasingCurve() {
    assertThatThrownBy(() -> FitModel.of("x", 0, Map.of(), List.of(new double[] {0, 0})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                FitModel.of(
                    "x",
                    0,
                    Map.of("coverage", 1.0),
                    ImmutableList.of(new double[] {1, 0.1}, new double[] {1, 0.2})))
        .hasMessageContaining("evidence must increase");
  }
}
