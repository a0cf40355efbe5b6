package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query syntax in a need is plain text: it never throws and never acts as an operator, a field, a
 * wildcard or a boost; and no need, however long, exceeds Lucene's clause limit.
 */
class HostileNeedTest {
  private static final List<Startup> STARTUPS =
      List.of(
          startup("lidar", "Solid-state lidar sensors and perception software for cars."),
          startup("radar", "Imaging radar for driver assistance in rain and fog."),
          startup("battery", "Battery recycling and cell chemistry for electric vehicles."),
          startup("paint", "Camera inspection of painted car bodies on the line."),
          startup("food", "Healthy lunches delivered to offices."),
          Startup.builder("title", "Foo Bar")
              .description("A title company; foo and bar are its founders' names.")
              .build());

  private static StartupMatcher matcher;

  @BeforeAll
  static void buildMatcher() {
    matcher = Matching.builder().startups(STARTUPS).build();
  }

  @AfterAll
  static void closeMatcher() {
    matcher.close();
  }

  private static Startup startup(String id, String description) {
    return Startup.builder(id, "Startup " + id).description(description).build();
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.startup().id()).toList();
  }

  private static List<Match> match(String text) {
    return matcher.match(Need.builder("n", text).build(), MatchOptions.top(100));
  }

  private static List<Match> matchEnglish(String text) {
    return matcher.match(Need.builder("n", text).language("en").build(), MatchOptions.top(100));
  }

  private static void assertWellFormed(List<Match> matches) {
    for (int i = 0; i < matches.size(); i++) {
      assertThat(matches.get(i).rank()).isEqualTo(i + 1);
      assertThat(matches.get(i).score()).isFinite();
      if (i > 0) {
        assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title:foo AND bar*",
        "\"unclosed",
        "(",
        ")",
        "\\",
        "~2",
        "^3",
        "lidar^1000 radar",
        "[a TO z]",
        "{* TO *}",
        "/lid.*/",
        "*:*",
        "+(-lidar) && !radar || battery",
        "lidar~",
        "\"lidar sensors\"~10",
        "field:\"value\"^2 AND (x OR y) NOT z",
        "\u0000\u0001\u001f",
        "?",
        "*",
        "lidar\\*",
        "{!lucene q.op=AND}lidar"
      })
  void queryParserSyntaxNeverThrows(String text) {
    assertThatCode(() -> assertWellFormed(match(text))).doesNotThrowAnyException();
  }

  @Test
  void notAndMinusAreWordsNotOperators() {
    assertThat(ids(match("NOT lidar"))).first().isEqualTo("lidar");
    assertThat(ids(match("-lidar"))).first().isEqualTo("lidar");
    assertThat(ids(match("!lidar"))).first().isEqualTo("lidar");
    assertThat(ids(match("lidar AND NOT battery"))).contains("lidar", "battery");
  }

  @Test
  void wildcardsMatchNothingByThemselves() {
    assertThat(match("*")).isEmpty();
    assertThat(match("*:*")).isEmpty();
    assertThat(match("?")).isEmpty();
    // "lid*" would match "lidar" as a wildcard; as English text it is the unknown word "lid".
    // (Stated, since a lone word may read as another language: Italian "batter" is "batteria".)
    assertThat(ids(matchEnglish("lid*"))).doesNotContain("lidar");
    assertThat(ids(matchEnglish("batter?"))).doesNotContain("battery");
  }

  @Test
  void fieldSyntaxSearchesTheWordsNotAField() {
    // Unicode word breaking keeps "title:foo" one word, which no profile has; "bar" finds the
    // startup that says bar. As syntax it would have searched the title field.
    assertThat(ids(match("title:foo AND bar*"))).containsExactly("title");
    // Not a look-up of the startup with id "lidar".
    assertThat(match("id:lidar")).isEmpty();
    assertThat(ids(match("id: lidar"))).first().isEqualTo("lidar");
  }

  @Test
  void boostSyntaxDoesNotBoost() {
    // "radar^1000" as syntax would put radar first; as text both words count once.
    List<Match> plain = match("lidar radar");
    List<Match> boosted = match("lidar radar^1000");

    assertThat(ids(boosted)).isEqualTo(ids(plain));
  }

  @Test
  void fiveThousandOrsAreOneWord() {
    String text = "lidar " + "OR ".repeat(5000);

    assertThat(ids(match(text))).containsExactly("lidar");
  }

  /** Startups with 60 words each that no other startup has, in English, German and Chinese. */
  private static List<Startup> manyWordStartups() {
    List<Startup> startups = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int first = i * 60;
      String words =
          String.join(
              " ", IntStream.range(first, first + 60).mapToObj(w -> "word" + w + "x").toList());
      startups.add(
          Startup.builder("s" + i, "Startup " + i)
              .description(words + " lidar battery vehicle")
              .stage(Stage.values()[i % Stage.values().length])
              .readinessLevel(1 + i % 9)
              .country(i % 2 == 0 ? "Germany" : "China")
              .build());
    }
    startups.add(
        Startup.builder("de", "Fahrzeug GmbH")
            .description("Wir bauen Batterien, Fahrzeuge und Ladestationen für Lastwagen.")
            .languages(List.of("de"))
            .build());
    startups.add(
        Startup.builder("zh", "电池公司")
            .description("我们为汽车和卡车提供动力电池回收服务。")
            .languages(List.of("zh"))
            .build());
    startups.add(
        Startup.builder("it", "Veicoli Srl")
            .description("Costruiamo batterie e veicoli elettrici per camion.")
            .languages(List.of("it"))
            .build());
    return startups;
  }

  /**
   * A need of 2,400 distinct words found in profiles, every word the lexicon translates and every
   * area name the taxonomy knows, which would make thousands of clauses unchecked.
   */
  private static String hugeNeed() {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 2400; w++) {
      text.append("word").append(w).append("x ");
    }
    Set<String> english = new LinkedHashSet<>();
    Lexicon.builtIn().entries().forEach(entry -> english.addAll(entry.getOrDefault("en", List.of())));
    Taxonomy.builtIn().areas().forEach(area -> english.add(area.label("en")));
    english.forEach(word -> text.append(word).append(", "));
    return text.toString();
  }

  private static MatchOptions hugeOptions() {
    return MatchOptions.builder()
        .topK(1000)
        .explain(true)
        .filter(
            Constraints.builder()
                .stages(List.of(Stage.values()))
                .minReadinessLevel(1)
                .regions(List.of("Germany", "China", "Europe"))
                .excludedStartupIds(IntStream.range(1000, 6000).mapToObj(i -> "s" + i).toList())
                .build())
        // A pasted document of random words fits nothing; the clause budget is what is tested.
        .minFit(0)
        .build();
  }

  private static Need hugeNeed(String id, String language) {
    return Need.builder(id, hugeNeed())
        .language(language)
        .preferredStages(List.of(Stage.values()))
        .minReadinessLevel(1)
        .regions(IntStream.range(0, 200).mapToObj(i -> "region " + i).toList())
        .excludedStartupIds(IntStream.range(100, 3100).mapToObj(i -> "s" + i).toList())
        .build();
  }

  @Test
  void aNeedOfThousandsOfDistinctWordsStaysWithinTheClauseLimit() {
    assertThat(hugeNeed()).hasSizeGreaterThan(20_000);
    try (StartupMatcher many = Matching.builder().startups(manyWordStartups()).build()) {
      for (String language : List.of("en", "de", "zh", "it")) {
        List<Match> matches = many.match(hugeNeed("huge-" + language, language), hugeOptions());

        assertThat(matches).as(language).isNotEmpty();
        assertWellFormed(matches);
      }
    }
  }

  @Test
  void theClauseBudgetFollowsALoweredLimit() {
    int limit = IndexSearcher.getMaxClauseCount();
    try (StartupMatcher many = Matching.builder().startups(manyWordStartups()).build()) {
      // With a limit of 80 leaf queries, the filters and feedback words after the need's own
      // clauses must still fit.
      IndexSearcher.setMaxClauseCount(80);
      for (String language : List.of("en", "de")) {
        List<Match> matches = many.match(hugeNeed("huge-" + language, language), hugeOptions());

        assertThat(matches).as(language).isNotEmpty();
        assertWellFormed(matches);
      }
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
  }
}
