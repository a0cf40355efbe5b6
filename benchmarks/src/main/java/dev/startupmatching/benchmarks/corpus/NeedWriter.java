package dev.startupmatching.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a need's title and description as a carmaker's business unit states them: the context,
 * what goes wrong today, what the unit looks for in the words of the need's areas, what a solution
 * must do, and the pilot. English descriptions have 40 to 120 words. Immutable and thread-safe.
 */
final class NeedWriter {
  private static final List<String> CONTEXTS =
      List.of(
          "our plants",
          "the test fleet",
          "series vehicles",
          "after-sales",
          "the next vehicle generation",
          "our logistics network",
          "the paint shop",
          "our customers",
          "the cockpit",
          "our suppliers");
  private static final List<String> GERMAN_CONTEXTS =
      List.of("unsere Werke", "die Testflotte", "Serienfahrzeuge", "den Kundendienst");
  private static final List<String> CHINESE_CONTEXTS = List.of("上海工厂", "量产车型", "售后服务", "测试车队");
  private static final List<String> CHINESE_TIMELINES = List.of("明年", "下半年", "三个月内");
  private static final List<String> OWNS = List.of("runs", "is responsible for", "owns");
  private static final List<String> MANNERS =
      List.of("in real time", "at scale", "without new hardware", "across all sites");

  private final Words words;

  NeedWriter(Words words) {
    this.words = words;
  }

  String title(Words.Focus focus, String language, Rng rng) {
    return switch (language) {
      case "de" -> Words.capitalize(focus.primaryTerm(rng)) + " für " + rng.pick(GERMAN_CONTEXTS);
      case "zh" -> focus.primaryTerm(rng) + "解决方案";
      default ->
          rng.chance(0.5)
              ? Words.capitalize(focus.primaryTerm(rng)) + " for " + rng.pick(CONTEXTS)
              : Words.capitalize(focus.primaryTerm(rng)) + " in " + rng.pick(CONTEXTS);
    };
  }

  String description(Words.Focus focus, String language, String unit, Rng rng) {
    return switch (language) {
      case "de" -> german(focus, rng);
      case "zh" -> chinese(focus, rng);
      default -> english(focus, unit, rng);
    };
  }

  /**
   * The context, the problem and the ask, then further sentences, each kind at most once, in random
   * order until the length drawn is reached.
   */
  private String english(Words.Focus focus, String unit, Rng rng) {
    int target = rng.between(40, 95);
    String context = rng.pick(CONTEXTS);
    Paragraph text = new Paragraph(true);
    text.add(
        "our "
            + unit.replace('-', ' ')
            + " team "
            + rng.pick(OWNS)
            + " "
            + words.noun(rng)
            + " for "
            + context
            + ".");
    text.add(
        switch (rng.nextInt(3)) {
          case 0 ->
              "today "
                  + words.noun(rng)
                  + " and "
                  + words.noun(rng)
                  + " depend on manual work, which costs time and causes errors.";
          case 1 ->
              "current "
                  + focus.primaryTerm(rng)
                  + " solutions do not "
                  + words.verb(rng)
                  + " "
                  + words.noun(rng)
                  + " reliably enough for "
                  + context
                  + ".";
          default ->
              "we lose "
                  + words.noun(rng)
                  + " because problems with "
                  + focus.term(rng)
                  + " are found too late.";
        });
    text.add(
        "we are looking for "
            + Words.withArticle(focus.termAndProduct(rng))
            + " that "
            + words.verbs(rng)
            + " "
            + words.noun(rng)
            + " and "
            + words.verbs(rng)
            + " "
            + focus.term(rng)
            + ".");
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    while (text.words() < target && !kinds.isEmpty()) {
      String term = focus.term(rng);
      text.add(
          switch (kinds.remove(rng.nextInt(kinds.size())).intValue()) {
            case 0 ->
                "ideally the solution combines "
                    + term
                    + " with "
                    + focus.otherTerm(rng, term)
                    + ".";
            case 1 ->
                "it must integrate with our "
                    + words.noun(rng)
                    + " and "
                    + words.verb(rng)
                    + " "
                    + words.noun(rng)
                    + " "
                    + rng.pick(MANNERS)
                    + ".";
            case 2 ->
                "a successful pilot would "
                    + words.verb(rng)
                    + " "
                    + words.noun(rng)
                    + " by "
                    + rng.between(10, 50)
                    + " percent and show that "
                    + term
                    + " works for "
                    + context
                    + ".";
            case 3 ->
                "experience with "
                    + focus.primaryTerm(rng)
                    + " in "
                    + words.customers(rng)
                    + " or "
                    + words.customers(rng)
                    + " is a plus.";
            default ->
                "we want to run a pilot at our site in "
                    + words.any("sites", rng)
                    + " "
                    + words.any("timelines", rng)
                    + ".";
          });
    }
    return text.toString();
  }

  private String german(Words.Focus focus, Rng rng) {
    Paragraph text = new Paragraph(true);
    text.add(
        "unser Team sucht " + focus.primaryTerm(rng) + " für " + rng.pick(GERMAN_CONTEXTS) + ".");
    text.add(
        "heute sind "
            + words.any("de-nouns", rng)
            + " und "
            + words.any("de-nouns", rng)
            + " stark manuell geprägt, was Kosten und Fehler verursacht.");
    String term = focus.term(rng);
    text.add(
        "die Lösung soll "
            + term
            + " mit "
            + focus.otherTerm(rng, term)
            + " verbinden und sich in unsere "
            + words.any("de-nouns", rng)
            + " integrieren.");
    text.add("ein Pilot ist im Werk " + words.any("sites", rng) + " geplant.");
    return text.toString();
  }

  private String chinese(Words.Focus focus, Rng rng) {
    Paragraph text = new Paragraph(false);
    text.add("我们的团队正在寻找" + focus.primaryTerm(rng) + "相关的方案，用于" + rng.pick(CHINESE_CONTEXTS) + "。");
    text.add("目前" + words.any("zh-nouns", rng) + "主要依靠人工，效率低、成本高。");
    String term = focus.term(rng);
    text.add(
        "希望方案能够结合"
            + term
            + "和"
            + focus.otherTerm(rng, term)
            + "，并与现有"
            + words.any("zh-nouns", rng)
            + "系统集成。");
    text.add("计划在" + rng.pick(CHINESE_TIMELINES) + "开展试点。");
    return text.toString();
  }
}
