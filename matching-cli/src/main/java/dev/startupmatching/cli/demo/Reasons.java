package dev.startupmatching.cli.demo;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;

/** Short, readable reasons for a match: matched areas, matched words, stage and readiness fit. */
public final class Reasons {
  private final Taxonomy taxonomy;

  /** Names areas with the labels of this taxonomy. */
  public Reasons(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The English labels of the need's areas the startup covers, the most contributing first. */
  public List<String> areas(Match match) {
    return match.matchedAreas().stream().map(this::areaLabel).toList();
  }

  /** The English label of an area, or its id when the taxonomy has no such area. */
  public String areaLabel(String id) {
    return taxonomy.area(id).map(area -> area.label("en")).orElse(id);
  }

  /**
   * The startup's stage and readiness level, with a check mark for each one the need constrains
   * (every match meets the need's constraints, so the mark confirms a fit the unit asked for).
   */
  public String fit(Need need, Startup startup) {
    List<String> parts = new ArrayList<>();
    String stage = startup.stage().map(Stage::label).orElse("stage ?");
    parts.add(stage + (need.preferredStages().isEmpty() || startup.stage().isEmpty() ? "" : " ✓"));
    String level =
        startup.readinessLevel().isPresent()
            ? "TRL " + startup.readinessLevel().getAsInt()
            : "TRL ?";
    parts.add(
        level
            + (need.minReadinessLevel().isEmpty() || startup.readinessLevel().isEmpty()
                ? ""
                : " ✓"));
    return String.join(", ", parts);
  }

  /**
   * One line: stage and readiness fit, then areas, then words, each part only when it has something
   * to say. The fit comes first because it is short and a cut line loses its end.
   */
  public String line(Need need, Match match) {
    List<String> parts = new ArrayList<>();
    parts.add(fit(need, match.startup()));
    List<String> areas = areas(match);
    if (!areas.isEmpty()) {
      parts.add(String.join(", ", areas.subList(0, Math.min(2, areas.size()))));
    }
    List<String> words = match.matchedTerms();
    if (!words.isEmpty()) {
      parts.add("“" + String.join(", ", words.subList(0, Math.min(3, words.size()))) + "”");
    }
    return String.join(" · ", parts);
  }
}
