package dev.startupmatching.lucene;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feeds arbitrary text to the path from a need to its ranking: query syntax, scripts, control
 * characters and sheer size must neither fail (except over the documented text limit) nor give a
 * malformed ranking.
 *
 * <p>A normal test run executes the fuzz test once per file under {@code
 * src/test/resources/dev/startupmatching/lucene/NeedTextFuzzTestInputs/match/}, plus the empty
 * input; each file is the need's text in UTF-8 (invalid bytes become U+FFFD). To fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -o test -pl matching-lucene -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='NeedTextFuzzTest'
 * </pre>
 */
class NeedTextFuzzTest {
  // Built once: a fuzzing run calls the test many thousand times.
  private static final StartupMatcher MATCHER =
      Matching.builder().startups(SampleData.startups()).build();

  private static final Set<String> IDS =
      SampleData.startups().stream().map(Startup::id).collect(Collectors.toSet());

  @FuzzTest
  void match(byte[] input) {
    String text = new String(input, UTF_8);
    Need need = Need.builder("fuzzed", text).build();
    if (text.length() > Matching.MAX_NEED_TEXT_CHARS) {
      assertThatThrownBy(() -> MATCHER.match(need, MatchOptions.top(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(Matching.MAX_NEED_TEXT_CHARS));
      return;
    }

    List<Match> matches = MATCHER.match(need, MatchOptions.top(10));

    assertThat(matches).hasSizeLessThanOrEqualTo(10);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < matches.size(); i++) {
      Match match = matches.get(i);
      assertThat(match.rank()).isEqualTo(i + 1);
      assertThat(match.score()).isFinite();
      if (i > 0) {
        assertThat(match.score()).isLessThanOrEqualTo(matches.get(i - 1).score());
      }
      assertThat(IDS).contains(match.startup().id());
      assertThat(seen.add(match.startup().id())).as("startups repeat").isTrue();
      Explanation explanation = match.explanation();
      assertThat(explanation.value()).isEqualTo(match.score());
      assertThat(explanation.details().stream().mapToDouble(Explanation::value).sum())
          .isCloseTo(match.score(), within(1e-9));
    }
  }
}
