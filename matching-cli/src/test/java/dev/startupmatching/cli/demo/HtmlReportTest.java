package dev.startupmatching.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.eval.Qrels;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void controlCharactersAndBidiOverridesAreDroppedBeforeEscaping() throws Exception {
    Startup startup =
        Startup.builder("s1", "\u001b]0;pwned\u0007<b>Evil</b>\u202ECo")
            .oneLiner("Solid-state \u0000lidar\u001b[2J")
            .description("Solid-state lidar for cars.")
            .build();
    BusinessUnit unit =
        BusinessUnit.builder().id("ad").name("Driving\u0085Unit").description("d\u2066").build();
    Need need = Need.builder("n1", "solid-state lidar\u202E").unit("ad").build();
    Qrels qrels =
        Qrels.read(new ByteArrayInputStream("n1 0 s1 1\n".getBytes(StandardCharsets.UTF_8)), "q");
    DemoRun run;
    try (StartupMatcher matcher =
        Matching.builder().startups(List.of(startup)).taxonomy(Taxonomy.builtIn()).build()) {
      run = DemoRun.run(matcher, List.of(unit), List.of(need), qrels, 5);
    }

    String html = new HtmlReport(new Reasons(Taxonomy.builtIn()), 5).render(run);

    assertThat(html)
        .contains("]0;pwned&lt;b&gt;Evil&lt;/b&gt;Co", "Solid-state lidar[2J", "Driving Unit")
        .doesNotContain("\u001b", "\u0007", "\u0000", "\u0085", "\u202E", "\u2066");
  }

  @Test
  void constraintsAreNamedByLabelAndWhatIsMissingIsShown() throws Exception {
    Startup startup =
        Startup.builder("s1", "Photon Scan")
            .oneLiner("Solid-state lidar")
            .description("Solid-state lidar sensors for cars.")
            .build();
    BusinessUnit unit = BusinessUnit.builder().id("ad").name("Driving").description("d").build();
    Need need =
        Need.builder("n1", "solid-state lidar sensors")
            .unit("ad")
            .preferredStages(List.of(Stage.SERIES_A))
            .requiredAreas(List.of("electrification.battery.recycling"))
            .build();
    Qrels qrels =
        Qrels.read(new ByteArrayInputStream("n1 0 s1 1\n".getBytes(StandardCharsets.UTF_8)), "q");
    DemoRun run;
    try (StartupMatcher matcher =
        Matching.builder().startups(List.of(startup)).taxonomy(Taxonomy.builtIn()).build()) {
      run = DemoRun.run(matcher, List.of(unit), List.of(need), qrels, 5);
    }

    String html = new HtmlReport(new Reasons(Taxonomy.builtIn()), 5).render(run);

    String recycling =
        Taxonomy.builtIn().area("electrification.battery.recycling").orElseThrow().label("en");
    assertThat(html)
        .contains("Stages: Series A.", "Areas: " + recycling, "missing: ", "Noto Sans CJK SC")
        .doesNotContain("series-a", "Areas: electrification.battery.recycling");
  }
}
