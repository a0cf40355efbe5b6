package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.startupmatching.lucene.analysis.ConceptTaggerTest;
import dev.startupmatching.lucene.explanation.MatchExplainer;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.ScoringModel;
import dev.startupmatching.rank.Signal;
import dev.startupmatching.rank.SignalValue;
import dev.startupmatching.rank.Signals;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LuceneStartupMatcherTest {
  private static final List<Startup> STARTUPS =
      List.of(
          startup(
                  "lidar",
                  "Photon Scan",
                  "Solid-state lidar sensors and perception software for self-driving cars.")
              .stage(Stage.SERIES_A)
              .readinessLevel(7)
              .country("Germany")
              .city("Munich")
              .build(),
          startup(
                  "battery",
                  "CellForge",
                  "Battery management systems and cell chemistry for electric vehicles.")
              .stage(Stage.SEED)
              .readinessLevel(5)
              .country("China")
              .city("Shanghai")
              .build(),
          startup(
                  "paint",
                  "Gloss Vision",
                  "Camera inspection of painted car bodies on the production line.")
              .stage(Stage.GROWTH)
              .readinessLevel(9)
              .country("Italy")
              .build(),
          startup("food", "Lunchbox", "Healthy lunches delivered to offices.").build(),
          startup(
                  "radar",
                  "Wave Sense",
                  "Imaging radar and sensor fusion for driver assistance and lidar-free"
                      + " perception.")
              .readinessLevel(4)
              .regions(List.of("Europe"))
              .build());

  private static StartupMatcher matcher;

  @BeforeAll
  static void buildMatcher() {
    matcher = Matching.builder().startups(STARTUPS).taxonomy(ConceptTaggerTest.TAXONOMY).build();
  }

  @AfterAll
  static void closeMatcher() {
    matcher.close();
  }

  private static Startup.Builder startup(String id, String name, String description) {
    return Startup.builder(id, name).description(description);
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.startup().id()).toList();
  }

  @Test
  void ranksTheStartupThatDescribesTheNeedFirst() {
    Need need =
        Need.builder("n1", "We need lidar perception for automated driving.")
            .title("Lidar")
            .build();

    List<Match> matches = matcher.match(need);

    assertThat(ids(matches)).startsWith("lidar").contains("radar").doesNotContain("food");
    assertThat(matches.get(0).matchedTerms()).contains("lidar", "perception");
  }

  @Test
  void looksAStartupUpByItsId() {
    assertThat(matcher.startup("lidar")).contains(STARTUPS.get(0));
    assertThat(matcher.startup("no-such-startup")).isEmpty();
  }

  @Test
  void ranksAreConsecutiveAndScoresNonIncreasing() {
    List<Match> matches =
        matcher.match(
            Need.builder("n", "car sensors perception camera battery").build(),
            MatchOptions.top(3));

    assertThat(matches).hasSize(3);
    for (int i = 0; i < matches.size(); i++) {
      assertThat(matches.get(i).rank()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
      }
    }
  }

  @Test
  void explanationContributionsAddUpToTheScore() {
    Match top =
        matcher.match(Need.builder("n", "lidar perception sensors for cars").build()).get(0);

    Explanation explanation = top.explanation();
    assertThat(explanation.value()).isEqualTo(top.score());
    double sum = explanation.details().stream().mapToDouble(Explanation::value).sum();
    assertThat(sum).isCloseTo(top.score(), within(1e-9));
    Explanation text = signal(top, Signals.TEXT);
    assertThat(text.details().stream().mapToDouble(Explanation::value).sum())
        .isCloseTo(text.value(), within(1e-4));
    assertThat(text.details())
        .allSatisfy(
            d -> assertThat(d.description()).containsAnyOf("in the English text", "area '"));
    assertThat(explanation.toString()).contains("lidar");
    // Signals that do not apply to this need (it states no region, stage or area) are not drawn.
    assertThat(ScoringModel.defaults().signalNames()).containsAll(top.scoreComponents().keySet());
    assertThat(top.scoreComponents())
        .containsKeys(Signals.TEXT, Signals.NEIGHBOURHOOD)
        .doesNotContainKeys(Signals.REGION, Signals.MATURITY, Signals.REQUIRED_AREAS);
    assertThat(explanation.toString()).doesNotContain("region", "does not apply");
    assertThat(top.scoreComponents().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(top.score(), within(1e-9));
  }

  @Test
  void aBroadNeedIsExpandedWithItsBestCandidatesWordsAndSaysSo() {
    List<Startup> startups = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      startups.add(
          Startup.builder("solar-" + i, "Solar " + i)
              .description("Rooftop solar panels for homes, with photovoltaic inverters.")
              .build());
    }
    // Never says "solar panels", but what the broad need's many candidates have in common.
    startups.add(
        Startup.builder("inverter", "Inverter Works")
            .description("Photovoltaic inverters and monitoring.")
            .build());
    for (int i = 0; i < 150; i++) {
      startups.add(
          Startup.builder("shoes-" + i, "Shoes " + i)
              .description("Running shoes sold online.")
              .build());
    }
    try (StartupMatcher broad = Matching.builder().startups(startups).build()) {
      List<Match> matches =
          broad.match(
              Need.builder("n", "solar panels for homes").build(),
              MatchOptions.builder().topK(20).build());

      Match inverter =
          matches.stream()
              .filter(m -> m.startup().id().equals("inverter"))
              .findFirst()
              .orElseThrow();
      assertThat(signal(inverter, Signals.TEXT).details())
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d.description()).contains("a feedback word"));
      assertThat(inverter.matchedTerms()).isEmpty();
      assertThat(matches.get(0).matchedTerms()).contains("solar").doesNotContain("photovoltaic");
    }
  }

  @Test
  void queryParserSyntaxIsPlainText() {
    List<Match> syntaxOnly = matcher.match(Need.builder("n", "\"(AND OR* ?~ \\\"").build());
    List<Match> withWords =
        matcher.match(
            Need.builder("n", "lidar AND (radar OR camera*) \"fusion~2 +battery -paint^3").build());

    assertThat(syntaxOnly).isEmpty();
    assertThat(ids(withWords)).contains("lidar", "radar", "battery", "paint");
  }

  @Test
  void aNeedOfOnlyStopWordsHasNoMatches() {
    assertThat(
            matcher.match(
                Need.builder(
                        "n", "The, and it is to be there, or not: that is, if they will be such.")
                    .build()))
        .isEmpty();
  }

  @Test
  void aHundredKilobyteNeedIsRankedWithinTheClauseLimit() {
    StringBuilder text = new StringBuilder();
    int word = 0;
    while (text.length() < 100_000) {
      text.append("lidar w").append(word++).append(' ');
    }

    List<Match> matches =
        matcher.match(Need.builder("long", text.toString()).build(), MatchOptions.top(5));

    assertThat(ids(matches)).startsWith("lidar");
  }

  @Test
  void aNeedOverTheTextLimitIsRejectedWithItsId() {
    // The longest description a need may have, with a title on top of it.
    Need huge =
        Need.builder("huge", "a".repeat(Matching.MAX_NEED_TEXT_CHARS)).title("Too long").build();

    assertThatThrownBy(() -> matcher.match(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("huge")
        .hasMessageContaining(String.valueOf(Matching.MAX_NEED_TEXT_CHARS));
  }

  @Test
  void needConstraintsFilterButLetUnknownValuesThrough() {
    Need need =
        Need.builder("n", "sensors lidar radar battery camera perception lunches")
            .preferredStages(Set.of(Stage.SEED, Stage.SERIES_A))
            .minReadinessLevel(5)
            .regions(List.of("germany", "China"))
            .excludedStartupIds(List.of("battery"))
            .build();

    List<Match> matches = matcher.match(need, MatchOptions.top(10));

    // paint: growth stage; radar: level 4; battery: excluded. food states nothing, so it stays.
    assertThat(ids(matches)).containsExactlyInAnyOrder("lidar", "food");
    assertThat(matches)
        .allSatisfy(m -> assertThat(Constraints.of(need).test(m.startup())).isTrue());
  }

  @Test
  void optionsCanAddFiltersAndIgnoreTheNeedsOwn() {
    Need need =
        Need.builder("n", "lidar radar battery").excludedStartupIds(List.of("lidar")).build();
    MatchOptions regionOnly =
        MatchOptions.builder()
            .applyNeedConstraints(false)
            .filter(Constraints.builder().regions(List.of("Europe")).build())
            .build();

    // lidar is in Munich, Germany, and so in Europe; the need's exclusion of it is ignored.
    assertThat(ids(matcher.match(need, regionOnly))).containsExactlyInAnyOrder("lidar", "radar");
  }

  @Test
  void aNeedLimitedToEuropaFindsTheStartupInMunichAndNotTheOneInShanghai() {
    Need need =
        Need.builder("n", "lidar sensors and battery management")
            .regions(List.of("Europa"))
            .build();

    List<Match> matches = matcher.match(need, MatchOptions.top(10));

    // radar lists Europe; food states no location, so it is not filtered out, but nor is it found.
    assertThat(ids(matches)).containsExactlyInAnyOrder("lidar", "radar");
    assertThat(ids(matcher.match(need, MatchOptions.builder().applyNeedConstraints(false).build())))
        .contains("battery");
  }

  @Test
  void equalScoresAreOrderedById() {
    List<Startup> twins =
        List.of(
            startup("b-twin", "Twin", "Hydrogen fuel cells.").build(),
            startup("a-twin", "Twin", "Hydrogen fuel cells.").build(),
            startup("c-twin", "Twin", "Hydrogen fuel cells.").build());
    try (StartupMatcher twinMatcher = Matching.builder().startups(twins).build()) {
      assertThat(ids(twinMatcher.match(Need.builder("n", "hydrogen").build())))
          .containsExactly("a-twin", "b-twin", "c-twin");
    }
  }

  @Test
  void matchesReturnTheFullStartup() {
    Match top = matcher.match(Need.builder("n", "lidar").build()).get(0);

    assertThat(top.startup()).isEqualTo(STARTUPS.get(0));
  }

  @Test
  void withoutExplanationsTheMatchCarriesOnlyItsScore() {
    Match top =
        matcher
            .match(
                Need.builder("n", "lidar").build(), MatchOptions.builder().explain(false).build())
            .get(0);

    assertThat(top.explanation().details()).isEmpty();
    assertThat(top.explanation().value()).isEqualTo(top.score());
    assertThat(top.matchedTerms()).isEmpty();
  }

  @Test
  void aGermanOrChineseNeedFindsEnglishProfilesThroughAreasAndTranslations() {
    Need german =
        Need.builder("de", "Wir suchen Lidar-Sensoren und Batteriemanagementsysteme.").build();
    Need chinese = Need.builder("zh", "我们需要用于电动汽车的电池管理系统。").build();

    List<Match> fromGerman = matcher.match(german);
    List<Match> fromChinese = matcher.match(chinese);

    assertThat(ids(fromGerman).subList(0, 2)).containsExactlyInAnyOrder("lidar", "battery");
    assertThat(ids(fromChinese)).startsWith("battery");
    assertThat(fromChinese.get(0).matchedAreas()).contains("e.battery.bms");
    assertThat(fromChinese.get(0).matchedTerms()).contains("电池管理系统");
    assertThat(signal(fromChinese.get(0), Signals.TEXT).details())
        .anySatisfy(d -> assertThat(d.description()).contains("Battery management system"));
  }

  @Test
  void aNarrowerAreaPartlyMeetsAStatedBroaderArea() {
    List<Startup> startups =
        List.of(
            startup("cells", "CellWatch", "Monitoring electronics for cells.")
                .technologyAreas(List.of("e.battery.bms"))
                .build(),
            startup("cars", "Drive", "Self-driving cars.").build());
    try (StartupMatcher small =
        Matching.builder().startups(startups).taxonomy(ConceptTaggerTest.TAXONOMY).build()) {
      List<Match> matches =
          small.match(
              Need.builder("n", "We need know-how.").preferredAreas(List.of("e.battery")).build(),
              MatchOptions.builder().minFit(0).build());

      assertThat(ids(matches)).containsExactly("cells");
      assertThat(matches.get(0).matchedAreas()).containsExactly("e.battery");
      assertThat(signal(matches.get(0), Signals.TEXT).details())
          .singleElement()
          .satisfies(d -> assertThat(d.description()).contains("narrower"));
      assertThat(signal(matches.get(0), Signals.PREFERRED_AREAS).description())
          .contains("covers the narrower 'Battery management system' of 'Battery'");
    }
  }

  @Test
  void aMentionedAreaScoresAcrossLanguagesButNotWithinOne() {
    List<Startup> startups =
        List.of(
            startup("en", "CellWatch", "Battery diagnostics.").build(),
            startup("de", "Zellwacht", "Diagnose für jede Batterie und jedes Batteriesystem.")
                .languages(List.of("de"))
                .build());
    try (StartupMatcher small =
        Matching.builder().startups(startups).taxonomy(ConceptTaggerTest.TAXONOMY).build()) {
      Match english =
          small.match(Need.builder("n", "Battery know-how").build()).stream()
              .filter(m -> m.startup().id().equals("en"))
              .findFirst()
              .orElseThrow();
      Match german =
          small.match(Need.builder("n", "Battery know-how").build()).stream()
              .filter(m -> m.startup().id().equals("de"))
              .findFirst()
              .orElseThrow();

      assertThat(english.matchedTerms()).containsExactly("battery");
      assertThat(signal(english, Signals.TEXT).details())
          .noneSatisfy(d -> assertThat(d.description()).startsWith("area '"));
      assertThat(signal(german, Signals.TEXT).details())
          .anySatisfy(d -> assertThat(d.description()).startsWith("area 'Battery'"))
          .anySatisfy(d -> assertThat(d.description()).contains("by its German names"));
    }
  }

  @Test
  void explanationsNameTheWordsThatCrossedLanguagesInBothDirections() {
    List<Startup> startups =
        List.of(
            startup("policy", "Policywise", "Car insurance priced by how people drive.").build(),
            startup("bakery", "Crumbly", "Bread and cakes delivered to offices.").build(),
            startup("lade", "Ladenetz", "Wir planen und betreiben Ladeinfrastruktur für Flotten.")
                .languages(List.of("de"))
                .build(),
            startup("chong", "Chongdian Yun", "为车队提供充电基础设施的规划与运营。")
                .languages(List.of("zh"))
                .build());
    try (StartupMatcher matcher = Matching.builder().startups(startups).build()) {
      List<Match> german =
          matcher.match(Need.builder("n", "Wir suchen eine Kfz-Versicherung.").build());
      assertThat(german).first().extracting(m -> m.startup().id()).isEqualTo("policy");
      assertThat(signal(german.get(0), Signals.TEXT).details())
          .anySatisfy(
              d ->
                  assertThat(d.description())
                      .startsWith("versicherung → insurance")
                      .contains("(German → English, the lexicon)"));

      List<Match> english =
          matcher.match(Need.builder("n", "Charging infrastructure for our fleet").build());
      assertThat(ids(english)).contains("lade", "chong");
      Match chinese =
          english.stream().filter(m -> m.startup().id().equals("chong")).findFirst().orElseThrow();
      assertThat(signal(chinese, Signals.TEXT).details())
          .anySatisfy(
              d -> assertThat(d.description()).contains("→ 充电基础设施").contains("(English → Chinese"));
    }
  }

  @Test
  void matchesCarryASnippetWithTheMatchedWordsAndWhatIsMissing() {
    Need need = Need.builder("n", "Batteries for cars").requiredAreas(List.of("ad.lidar")).build();
    Match battery =
        matcher
            .match(need, MatchOptions.builder().topK(5).applyNeedConstraints(false).build())
            .stream()
            .filter(m -> m.startup().id().equals("battery"))
            .findFirst()
            .orElseThrow();

    assertThat(battery.snippet())
        .hasValueSatisfying(s -> assertThat(s.toString()).contains("[Battery] management systems"));
    assertThat(battery.missing()).containsExactly("the required area 'Lidar'");
  }

  @Test
  void aCustomSignalWithAWeightChangesTheRankingAndIsExplained() {
    Signal inShanghai =
        new Signal() {
          @Override
          public String name() {
            return "in-shanghai";
          }

          @Override
          public SignalValue compute(NeedAnalysis need, Candidate candidate) {
            boolean there = candidate.startup().city().map("Shanghai"::equals).orElse(false);
            return SignalValue.of(there ? 1 : 0, there ? "office in Shanghai" : "no office there");
          }
        };
    Need need = Need.builder("n", "lidar sensors and battery cells").build();
    try (StartupMatcher local =
        Matching.builder()
            .startups(STARTUPS)
            .taxonomy(ConceptTaggerTest.TAXONOMY)
            .signal(inShanghai)
            .scoringModel(ScoringModel.defaults().withWeight("in-shanghai", 1))
            .build()) {
      Match top = local.match(need).get(0);

      assertThat(top.startup().id()).isEqualTo("battery");
      assertThat(signal(top, "in-shanghai").description())
          .isEqualTo("in-shanghai: value 1.0000 × weight 1.0000; office in Shanghai");
      assertThat(top.scoreComponents()).containsEntry("in-shanghai", 1.0);
    }
  }

  @Test
  void aScoringModelMustFindEverySignalItWeighs() {
    assertThatThrownBy(
            () ->
                Matching.builder()
                    .startups(STARTUPS)
                    .scoringModel(ScoringModel.defaults().withWeight("no-such-signal", 1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-signal");
    assertThatThrownBy(() -> Matching.builder().candidates(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidates");
  }

  @Test
  void bm25RanksByRetrievalAloneWithoutSignals() {
    try (StartupMatcher bm25 =
        Matching.builder()
            .startups(STARTUPS)
            .taxonomy(ConceptTaggerTest.TAXONOMY)
            .model(RankingModel.BM25)
            .build()) {
      Match top = bm25.match(Need.builder("n", "lidar").build()).get(0);

      assertThat(top.explanation().description()).startsWith("relevance to the need");
      assertThat(top.scoreComponents())
          .containsOnlyKeys("words", "translations", "area names", "areas");
    }
  }

  @Test
  void diversityKeepsNearTwinsFromFillingTheTop() {
    List<Startup> startups =
        List.of(
            startup("twin-a", "Cellguard", "Battery management systems for electric buses.")
                .build(),
            startup(
                    "twin-b",
                    "Cellwatch",
                    "Battery management systems for electric buses and vans.")
                .build(),
            startup("other", "Recyclo", "Recycling battery materials from old packs.").build());
    Need need = Need.builder("n", "battery management systems").build();
    try (StartupMatcher local = Matching.builder().startups(startups).build()) {
      List<String> plain = ids(local.match(need, MatchOptions.top(2)));
      List<String> varied =
          ids(local.match(need, MatchOptions.builder().topK(2).diversity(0.7).build()));

      assertThat(plain).containsExactlyInAnyOrder("twin-a", "twin-b");
      assertThat(varied).hasSize(2).contains("other");
    }
  }

  @Test
  void diversityCapsScoresSoTheyNeverRiseDownTheList() {
    List<Startup> startups =
        List.of(
            startup("twin-a", "Cellguard", "Battery management systems for electric buses.")
                .build(),
            startup("twin-b", "Cellwatch", "Battery management systems for electric buses.")
                .build(),
            startup("other", "Recyclo", "Recycling battery materials from old packs.").build());
    Need need = Need.builder("n", "battery management systems for buses").build();
    try (StartupMatcher local = Matching.builder().startups(startups).build()) {
      List<Match> varied = local.match(need, MatchOptions.builder().topK(3).diversity(1).build());

      // Fully diverse, the twin that fits as well as the first comes last, below "other".
      assertThat(ids(varied)).containsExactly("twin-a", "other", "twin-b");
      Match twin = varied.get(2);
      assertThat(twin.score()).isEqualTo(varied.get(1).score());
      double cap = twin.scoreComponents().get(MatchExplainer.DIVERSITY);
      assertThat(cap).isNegative();
      assertThat(twin.score() - cap).isEqualTo(varied.get(0).score(), within(1e-9));
      assertThat(twin.explanation().details())
          .last()
          .satisfies(d -> assertThat(d.value()).isEqualTo(cap))
          .satisfies(d -> assertThat(d.description()).startsWith("diversity: listed below"));
      for (Match match : varied) {
        assertThat(match.scoreComponents().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(match.score(), within(1e-9));
      }
    }
  }

  /** The detail of a match's explanation that explains one signal. */
  static Explanation signal(Match match, String name) {
    return match.explanation().details().stream()
        .filter(d -> d.description().startsWith(name + ":"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in\n" + match.explanation()));
  }

  @Test
  void aMatcherNeedsExactlyOneSource() {
    assertThatThrownBy(() -> Matching.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void sizeCountsTheStartups() {
    assertThat(matcher.size()).isEqualTo(STARTUPS.size());
  }
}
