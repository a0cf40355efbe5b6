package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.io.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LinearScoringModelTest {
  private static LinearScoringModel parse(String json) throws Exception {
    return LinearScoringModel.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "model.json");
  }

  private static FeatureVector features(double text, double region) {
    return FeatureVector.of(
        ImmutableList.of("text", "region"),
        ImmutableList.of(SignalValue.of(text, "t"), SignalValue.of(region, "r")));
  }

  @Test
  void defaultWeightsAddUpToOneSoScoresRunFromZeroToOne() {
    double sum =
        LinearScoringModel.defaults().weights().values().stream()
            .mapToDouble(Double::doubleValue)
            .sum();

    assertThat(sum).isCloseTo(1, within(1e-9));
  }

  @Test
  void scoresAreWeightedSumsAndContributionsAddUp() {
    LinearScoringModel model =
        LinearScoringModel.builder("m").weight("text", 0.8).weight("region", -0.5).build();

    assertThat(model.score(features(0.5, 1))).isCloseTo(-0.1, within(1e-12));
    assertThat(model.contributions(features(0.5, 1)))
        .containsExactly(java.util.Map.entry("text", 0.4), java.util.Map.entry("region", -0.5));
    // A signal the vector lacks counts 0.
    assertThat(LinearScoringModel.builder("m").weight("missing", 1).build().score(features(1, 1)))
        .isZero();
  }

  /** Signal names as the format allows them: a letter, then letters, digits and hyphens. */
  private static final Gen<String> SIGNAL_NAMES =
      lists()
          .of(Generate.pick(List.of("a", "Z", "x", "7", "-", "text", "region", "0")))
          .ofSizeBetween(0, 5)
          .map(parts -> "s" + String.join("", parts));

  /** Model names: anything not blank, including quotes, line breaks and other scripts. */
  private static final Gen<String> MODEL_NAMES =
      Generate.oneOf(
          strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(n -> "m" + n),
          Generate.pick(List.of("trained \"v2\"\n", "Gewichte für Grüße", "模型 🚗", "a\\b/c")));

  private static final Gen<Double> WEIGHTS =
      Generate.oneOf(
          doubles().between(-1e6, 1e6),
          doubles().any().assuming(Double::isFinite),
          Generate.pick(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300)));

  @Test
  void jsonRoundTripsAnyWeights() {
    qt().forAll(
            MODEL_NAMES,
            lists().of(SIGNAL_NAMES).ofSizeBetween(1, 8),
            lists().of(WEIGHTS).ofSize(8))
        .checkAssert(
            (name, signals, weights) -> {
              LinearScoringModel.Builder builder = LinearScoringModel.builder(name);
              for (int i = 0; i < signals.size(); i++) {
                builder.weight(signals.get(i), weights.get(i));
              }
              LinearScoringModel model = builder.build();
              try {
                assertThat(parse(model.toJson())).isEqualTo(model);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void readsTheDocumentedForm() throws Exception {
    LinearScoringModel model =
        parse(
            """
            {"type": "linear", "name": "trained",
             "weights": {"text": 0.55, "region": 0.04}}
            """);

    assertThat(model.name()).isEqualTo("trained");
    assertThat(model.weights())
        .containsExactly(java.util.Map.entry("text", 0.55), java.util.Map.entry("region", 0.04));
  }

  @Test
  void errorsNameTheLineAndField() {
    List<String[]> cases =
        List.of(
            new String[] {
              "{\n\"weights\": {\n\"text\": \"high\"}}",
              "model.json:3:",
              "weights.text",
              "expected a number"
            },
            new String[] {"{\n\"wieghts\": {}}", "model.json:2:", "wieghts", "unknown field"},
            new String[] {
              "{\"type\": \"trees\", \"weights\": {\"a\": 1}}", "model.json:1:", "type", "linear"
            },
            new String[] {
              "{\"name\": \"x\"}", "model.json:1:", "weights", "missing required field"
            },
            new String[] {"{\"weights\": {}}", "model.json:1:", "weights", "at least one"},
            new String[] {
              "{\"weights\": {\"a\": 1,\n \"a\": 2}}", "model.json:2:", "weights.a", "duplicate"
            },
            new String[] {
              "{\"weights\": {\"bad name\": 1}}", "model.json:1:", "weights.bad name", "letters"
            },
            new String[] {"{\"weights\": {\"a\": 1,,}}", "model.json:1:", "", "malformed JSON"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> parse(c[0]))
          .as(c[0])
          .isInstanceOf(InputException.class)
          .hasMessageContaining("model.json")
          .hasMessageContaining(c[1])
          .hasMessageContaining(c[2])
          .hasMessageContaining(c[3]);
    }
  }
}
