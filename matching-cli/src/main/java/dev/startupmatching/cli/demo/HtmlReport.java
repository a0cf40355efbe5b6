package dev.startupmatching.cli.demo;

import com.google.common.collect.ImmutableMap;
import com.google.common.html.HtmlEscapers;
import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.cohort.Assignment;
import dev.startupmatching.cohort.Cohort;
import dev.startupmatching.cohort.ConstraintReport;
import dev.startupmatching.cohort.LeftOut;
import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.Signals;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page of a {@link DemoRun}: no external style sheet, script, font or image,
 * so that it can be mailed or archived as one file.
 *
 * <p>Each match shows a bar whose segments are its score components (words, translations, area
 * names, areas), scaled to the need's best score, so a scout sees at a glance why one startup ranks
 * above another.
 */
public final class HtmlReport {
  /** The components in drawing order, with their colours. */
  private static final ImmutableMap<String, String> COLOURS =
      ImmutableMap.of(
          Signals.TEXT, "#2b6cb0",
          Signals.NEIGHBOURHOOD, "#63b3ed",
          Signals.REQUIRED_AREAS, "#38a169",
          Signals.PREFERRED_AREAS, "#68d391",
          Signals.MENTIONED_AREAS, "#9ae6b4",
          Signals.MATURITY, "#d69e2e",
          Signals.REGION, "#805ad5",
          Signals.TEAM_AND_FUNDING, "#dd6b20",
          Signals.FRESHNESS, "#a0aec0");

  private final Reasons reasons;
  private final int top;

  /** Shows the top {@code top} matches of each need, with reasons from {@code reasons}. */
  public HtmlReport(Reasons reasons, int top) {
    this.reasons = reasons;
    this.top = top;
  }

  /** Returns the page. */
  public String render(DemoRun run) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>startup-matching: the built-in example</title>\n<style>\n")
        .append(STYLE)
        .append(
            "</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<header>\n"
                + "<h1>Startups for the needs of a carmaker's units</h1>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<p class=\"summary\">%d units, %d needs. Ranking quality against the example's"
                    + " judgments: <b>nDCG@10 %.3f</b>; the top startup is judged a fit for"
                    + " <b>%d of %d</b> needs.</p>\n"
                    + "<p class=\"fonts\">Chinese text needs a font with Chinese characters,"
                    + " such as Noto Sans CJK SC, PingFang SC or Microsoft YaHei; without one it"
                    + " shows as boxes.</p>\n",
                run.units().size(),
                run.needs().size(),
                run.meanNdcgAt10(),
                run.topRelevantCount(),
                run.needs().size()))
        .append("<p class=\"legend\">Score components: ");
    COLOURS.forEach(
        (component, colour) ->
            html.append("<span class=\"swatch\" style=\"background:")
                .append(colour)
                .append("\"></span>")
                .append(escape(component))
                .append(" "));
    html.append("</p>\n<nav>");
    for (DemoRun.UnitResult unit : run.units()) {
      html.append("<a href=\"#unit-")
          .append(escape(unit.unit().id()))
          .append("\">")
          .append(escape(unit.unit().name()))
          .append("</a> ");
    }
    html.append("<a href=\"#cohort\">Cohort</a> ");
    html.append("</nav>\n</header>\n<main>\n");
    for (DemoRun.UnitResult unit : run.units()) {
      html.append("<section class=\"unit\" id=\"unit-")
          .append(escape(unit.unit().id()))
          .append("\">\n<h2>")
          .append(escape(unit.unit().name()))
          .append("</h2>\n<p>")
          .append(escape(unit.unit().description()))
          .append("</p>\n");
      for (DemoRun.NeedResult need : unit.needs()) {
        renderNeed(html, need, run);
      }
      html.append("</section>\n");
    }
    renderCohort(html, run);
    html.append("</main>\n<script>\n")
        // Marks the page as rendered, for the browser test; any script error stops it first.
        .append("document.documentElement.dataset.renderedNeeds =")
        .append(" document.querySelectorAll('article.need').length;\n")
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /** How many of the best left out the cohort section lists. */
  private static final int LEFT_OUT_SHOWN = 15;

  /** The cohort: its startups by unit with why, the best left out with why, what binds. */
  private static void renderCohort(StringBuilder html, DemoRun run) {
    Cohort cohort = run.cohort();
    html.append("<section class=\"cohort\" id=\"cohort\">\n<h2>Cohort</h2>\n<p>")
        .append(
            String.format(
                Locale.ROOT,
                "Twelve places, two pilots per unit, at least 40%% from China, no pair below a fit"
                    + " of 0.5: <b>%d startups, total fit %.2f</b>, %s. The greedy baseline (best"
                    + " pair first, lower bounds first) reaches %.2f.",
                cohort.size(),
                cohort.totalFit(),
                cohort.optimal() ? "proved optimal" : "the best found",
                run.greedyCohort().totalFit()))
        .append("</p>\n<table>\n<tr><th>unit</th><th>startup</th><th>why</th></tr>\n");
    for (Assignment a : cohort.assignments()) {
      html.append("<tr><td>")
          .append(escape(a.unit()))
          .append("</td><td>")
          .append(escape(a.pairing().startup().name()))
          .append("</td><td>")
          .append(escape(a.reason()))
          .append("</td></tr>\n");
    }
    List<LeftOut> leftOut =
        cohort.leftOut().stream()
            .sorted(Comparator.comparingDouble((LeftOut l) -> -l.pairing().fit()))
            .limit(LEFT_OUT_SHOWN)
            .toList();
    html.append(
        String.format(
            Locale.ROOT,
            "</table>\n"
                + "<h3>Left out: the %d best-fitting of the %d best of each need not chosen</h3>\n"
                + "<ul>\n",
            leftOut.size(),
            cohort.leftOut().size()));
    for (LeftOut l : leftOut) {
      html.append("<li>")
          .append(escape(l.pairing().startup().name()))
          .append(" (#")
          .append(l.pairing().rank())
          .append(" for ")
          .append(escape(l.pairing().need().id()))
          .append("): ")
          .append(escape(l.reason()))
          .append("</li>\n");
    }
    html.append("</ul>\n<p>Binding: ")
        .append(
            escape(
                String.join("; ", cohort.binding().stream().map(ConstraintReport::name).toList())))
        .append("</p>\n</section>\n");
  }

  private void renderNeed(StringBuilder html, DemoRun.NeedResult result, DemoRun run) {
    Need need = result.need();
    html.append("<article class=\"need\" id=\"need-")
        .append(escape(need.id()))
        .append("\">\n<h3><span class=\"id\">")
        .append(escape(need.id()))
        .append("</span> ")
        .append(escape(need.title().isEmpty() ? need.id() : need.title()))
        .append(
            String.format(
                Locale.ROOT, " <span class=\"ndcg\">nDCG@10 %.2f</span>", result.ndcgAt10()))
        .append("</h3>\n<p class=\"statement\">")
        .append(escape(need.description()))
        .append("</p>\n<p class=\"constraints\">")
        .append(escape(constraints(need)))
        .append("</p>\n");
    List<Match> matches = result.matches().subList(0, Math.min(top, result.matches().size()));
    if (matches.isEmpty()) {
      html.append("<p>")
          .append(escape(result.matches().noMatchReason().orElseThrow()))
          .append("</p>\n</article>\n");
      return;
    }
    double best = matches.get(0).score();
    html.append(
        "<table>\n"
            + "<thead><tr><th>#</th><th>Startup</th><th>Why</th><th>Fit</th><th>Score</th></tr>"
            + "</thead>\n"
            + "<tbody>\n");
    for (Match match : matches) {
      Startup startup = match.startup();
      int grade = run.qrels().grades(need.id()).getOrDefault(startup.id(), 0);
      html.append("<tr><td class=\"rank\">")
          .append(match.rank())
          .append("</td><td><b>")
          .append(escape(startup.name()))
          .append("</b>")
          .append(
              grade > 0
                  ? " <span class=\"judged\" title=\"judged a fit, grade "
                      + grade
                      + "\">judged "
                      + grade
                      + "</span>"
                  : "")
          .append("<br><small>")
          .append(escape(startup.oneLiner()))
          .append("<br>")
          .append(escape(location(startup)))
          .append(" · ")
          .append(escape(reasons.fit(need, startup)))
          .append("</small></td><td class=\"why\">")
          .append(bar(match, best))
          .append("<small>")
          .append(escape(why(match)))
          .append("</small></td><td class=\"score\" title=\"")
          .append(escape(match.fitReason()))
          .append("\">")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * match.fit()))
          .append("</td><td class=\"score\">")
          .append(String.format(Locale.ROOT, "%.2f", match.score()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</article>\n");
  }

  private String why(Match match) {
    String areas = String.join(", ", reasons.areas(match));
    String words =
        String.join(
            ", ", match.matchedTerms().subList(0, Math.min(6, match.matchedTerms().size())));
    String missing = String.join("; ", match.missing());
    return (areas.isEmpty() ? "" : "areas: " + areas + "; ")
        + "words: "
        + words
        + (missing.isEmpty() ? "" : "; missing: " + missing);
  }

  /** A bar as wide as the score relative to the need's best, split into score components. */
  private static String bar(Match match, double best) {
    StringBuilder bar = new StringBuilder("<div class=\"bar\">");
    for (Map.Entry<String, String> component : COLOURS.entrySet()) {
      double value = match.scoreComponents().getOrDefault(component.getKey(), 0.0);
      if (value <= 0 || best <= 0) {
        continue;
      }
      bar.append(
          String.format(
              Locale.ROOT,
              "<span style=\"width:%.2f%%;background:%s\" title=\"%s: %.2f\"></span>",
              100 * value / best,
              component.getValue(),
              escape(component.getKey()),
              value));
    }
    return bar.append("</div>").toString();
  }

  private String constraints(Need need) {
    StringBuilder text = new StringBuilder();
    if (!need.preferredStages().isEmpty()) {
      text.append("Stages: ")
          .append(
              need.preferredStages().stream().map(Stage::label).collect(Collectors.joining(", ")))
          .append(". ");
    }
    need.minReadinessLevel()
        .ifPresent(level -> text.append("Readiness level at least ").append(level).append(". "));
    if (!need.regions().isEmpty()) {
      text.append("Regions: ").append(String.join(", ", need.regions())).append(". ");
    }
    need.pilotTimeline().ifPresent(pilot -> text.append("Pilot: ").append(pilot).append(". "));
    if (!need.requiredAreas().isEmpty() || !need.preferredAreas().isEmpty()) {
      text.append("Areas: ").append(labels(need.requiredAreas()));
      if (!need.preferredAreas().isEmpty()) {
        text.append(need.requiredAreas().isEmpty() ? "" : "; ")
            .append("nice to have ")
            .append(labels(need.preferredAreas()));
      }
      text.append(".");
    }
    return text.length() == 0 ? "No constraints." : text.toString().strip();
  }

  private String labels(Collection<String> areaIds) {
    return areaIds.stream().map(reasons::areaLabel).collect(Collectors.joining(", "));
  }

  private static String location(Startup startup) {
    String city = startup.city().orElse("");
    String country = startup.country().orElse("");
    String place = city.isEmpty() || country.isEmpty() ? city + country : city + ", " + country;
    return place.isEmpty() ? "location unknown" : place;
  }

  /**
   * Escapes text for HTML after {@link SafeText#oneLine} dropped control characters, which HTML
   * does not allow, and bidirectional overrides, which would reorder what a reader sees; a line
   * break becomes a space, as HTML shows it anyway.
   */
  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(SafeText.oneLine(text));
  }

  private static final String STYLE =
      """
      body { font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 2rem; color: #1a202c; }
      header { border-bottom: 2px solid #e2e8f0; margin-bottom: 1rem; }
      nav a { margin-right: .8rem; font-size: .9rem; }
      .summary { font-size: 1.05rem; }
      .legend .swatch { display: inline-block; width: .9rem; height: .9rem; margin: 0 .3rem 0 .8rem; vertical-align: middle; }
      section.unit { margin-top: 2rem; }
      h2 { border-bottom: 1px solid #cbd5e0; padding-bottom: .2rem; }
      article.need { margin: 1rem 0 1.8rem; }
      h3 .id { color: #718096; font-weight: normal; }
      .ndcg { font-size: .8rem; color: #4a5568; font-weight: normal; margin-left: .6rem; }
      .statement { color: #2d3748; }
      .constraints { color: #4a5568; font-size: .9rem; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #edf2f7; }
      td.rank, td.score { white-space: nowrap; }
      td.why { width: 40%; }
      .bar { display: flex; height: .8rem; background: #f7fafc; margin-bottom: .2rem; }
      .bar span { display: block; height: 100%; }
      .judged { background: #c6f6d5; color: #22543d; border-radius: .3rem; padding: 0 .3rem; font-size: .75rem; }
      small { color: #4a5568; }
      """;
}
