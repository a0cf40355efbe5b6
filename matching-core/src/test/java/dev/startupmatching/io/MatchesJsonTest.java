package dev.startupmatching.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.Startup;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchesJsonTest {
  private static final Match MATCH =
      Match.builder(Startup.builder("s1", "Photon Scan").description("Lidar.").build(), 1, 0.5)
          .matchedTerms(List.of("lidar"))
          .explanation(
              Explanation.of(
                  0.5,
                  "score",
                  List.of(Explanation.of(0.5, "text", List.of(Explanation.of(0.5, "lidar"))))))
          .build();

  @Test
  void aMatchIsOneJsonObjectWithItsExplanationCutToTheDepthAsked() throws Exception {
    JsonNode whole = new ObjectMapper().readTree(MatchesJson.match(MATCH, Integer.MAX_VALUE));
    JsonNode root = new ObjectMapper().readTree(MatchesJson.match(MATCH, 1));

    assertThat(whole.get("startup").asText()).isEqualTo("s1");
    assertThat(whole.get("rank").asInt()).isEqualTo(1);
    assertThat(whole.get("score").asDouble()).isEqualTo(0.5);
    assertThat(whole.get("matchedTerms").get(0).asText()).isEqualTo("lidar");
    assertThat(whole.at("/explanation/details/0/details/0/description").asText())
        .isEqualTo("lidar");
    assertThat(root.at("/explanation/description").asText()).isEqualTo("score");
    assertThat(root.at("/explanation/details").isMissingNode()).isTrue();
  }

  @Test
  void aDepthBelowOneIsRefused() {
    assertThatThrownBy(() -> MatchesJson.match(MATCH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanationDepth");
  }
}
