package dev.startupmatching.benchmarks.corpus;

import java.util.List;
import java.util.Map;

/**
 * Writes a startup's one-liner and description from its focus: sentences whose technical words come
 * from its areas, mixed with general business words. English descriptions have 30 to 120 words;
 * German ones are similar, Chinese ones 60 to 200 characters. Sentences about the company itself
 * (team, customers) appear at most once. Immutable and thread-safe.
 */
final class ProfileWriter {
  /** The fewest words of an English or German description. */
  static final int MIN_WORDS = 30;

  /** The most words of an English or German description. */
  static final int MAX_WORDS = 120;

  private static final List<String> DEVELOPS = List.of("develops", "builds", "offers", "makes");
  private static final List<String> TEAM_VERBS = List.of("develops", "builds");
  private static final List<String> OLD_WAYS =
      List.of("manual", "conventional", "legacy", "spreadsheet-based", "rule-based");
  private static final List<String> MANNERS =
      List.of("in real time", "at scale", "from day one", "across sites", "without new hardware");
  private static final List<String> GERMAN_CUSTOMERS =
      List.of("Autohersteller", "Zulieferer", "Flottenbetreiber", "Logistikunternehmen", "Werke");
  private static final List<String> CHINESE_CUSTOMERS =
      List.of("车企", "零部件供应商", "物流企业", "车队运营商", "工厂");
  private static final Map<String, String> CHINESE_CITIES =
      Map.of(
          "Shanghai", "上海", "Shenzhen", "深圳", "Beijing", "北京", "Hangzhou", "杭州", "Guangzhou", "广州");

  private final Words words;

  ProfileWriter(Words words) {
    this.words = words;
  }

  /** What a description may say about the company besides its technology. */
  record Facts(String name, Vocabulary.Place place, Integer teamSize, Integer foundedYear) {}

  /**
   * Draws which kind of sentence comes next, from {@code kinds}; the kinds below {@code oneOff}
   * come at most once, and a repeated one becomes the last kind.
   */
  private static int kind(Rng rng, int kinds, int oneOff, boolean[] used) {
    int kind = rng.nextInt(kinds);
    if (kind < oneOff) {
      if (used[kind]) {
        return kinds - 1;
      }
      used[kind] = true;
    }
    return kind;
  }

  String oneLiner(Words.Focus focus, String language, Rng rng) {
    return switch (language) {
      case "de" ->
          Words.capitalize(focus.primaryTerm(rng)) + " für " + rng.pick(GERMAN_CUSTOMERS) + ".";
      case "zh" -> "面向" + rng.pick(CHINESE_CUSTOMERS) + "的" + focus.primaryTerm(rng) + "解决方案。";
      default ->
          Words.capitalize(
              rng.chance(0.5)
                  ? words.adjective(rng)
                      + " "
                      + focus.termAndProduct(rng)
                      + " for "
                      + words.customers(rng)
                      + "."
                  : focus.termAndProduct(rng)
                      + " that "
                      + words.verbs(rng)
                      + " "
                      + words.noun(rng)
                      + " for "
                      + words.customers(rng)
                      + ".");
    };
  }

  String description(Words.Focus focus, String language, Facts facts, Rng rng) {
    return switch (language) {
      case "de" -> german(focus, facts, rng);
      case "zh" -> chinese(focus, facts, rng);
      default -> english(focus, facts, rng);
    };
  }

  private String english(Words.Focus focus, Facts facts, Rng rng) {
    // Lengths skewed to the short side, as in real profiles: median about 55 words.
    int target =
        Math.max(MIN_WORDS, Math.min(MAX_WORDS - 20, (int) Math.round(rng.logNormal(52, 0.35))));
    Paragraph text = new Paragraph(true);
    text.add(
        facts.name()
            + " "
            + rng.pick(DEVELOPS)
            + " "
            + Words.withArticle(words.adjective(rng) + " " + focus.termAndProduct(rng))
            + " for "
            + words.customers(rng)
            + ".");
    boolean[] used = new boolean[2];
    while (text.words() < target) {
      text.add(englishSentence(kind(rng, 9, 2, used), focus, facts, rng));
    }
    text.trimTo(MAX_WORDS);
    return text.toString();
  }

  private String englishSentence(int kind, Words.Focus focus, Facts facts, Rng rng) {
    String term = focus.term(rng);
    return switch (kind) {
      case 0 -> teamSentence(focus, facts, rng);
      case 1 ->
          "the company works with "
              + rng.between(2, 40)
              + " "
              + words.customers(rng)
              + " in "
              + (rng.chance(0.5) ? facts.place().country() : facts.place().regions().getLast())
              + " and "
              + words.verbs(rng)
              + " "
              + words.noun(rng)
              + ".";
      case 2 ->
          "its "
              + focus.termAndProduct(rng)
              + " "
              + words.verbs(rng)
              + " "
              + words.noun(rng)
              + " and cuts "
              + words.noun(rng)
              + " by up to "
              + rng.between(10, 70)
              + " percent.";
      case 3 ->
          "the "
              + words.adjective(rng)
              + " "
              + focus.product(rng)
              + " combines "
              + term
              + " with "
              + focus.otherTerm(rng, term)
              + " to "
              + words.verb(rng)
              + " "
              + words.noun(rng)
              + " for "
              + words.customers(rng)
              + ".";
      case 4 ->
          words.customers(rng)
              + " use it to "
              + words.verb(rng)
              + " "
              + words.noun(rng)
              + ", "
              + words.verb(rng)
              + " "
              + words.noun(rng)
              + " and "
              + words.verb(rng)
              + " "
              + term
              + ".";
      case 5 ->
          "unlike "
              + rng.pick(OLD_WAYS)
              + " "
              + term
              + " approaches, it "
              + words.verbs(rng)
              + " "
              + words.noun(rng)
              + " "
              + rng.pick(MANNERS)
              + ".";
      case 6 ->
          words.adjective(rng)
              + " "
              + words.noun(rng)
              + " "
              + words.verb(rng)
              + " "
              + words.noun(rng)
              + " while "
              + words.noun(rng)
              + " "
              + words.verb(rng)
              + " "
              + words.adjective(rng)
              + " "
              + words.noun(rng)
              + ".";
      case 7 ->
          "the "
              + focus.product(rng)
              + " works with existing "
              + words.noun(rng)
              + " and "
              + term
              + ", and "
              + words.verbs(rng)
              + " "
              + words.noun(rng)
              + ".";
      default ->
          term
              + " and "
              + focus.otherTerm(rng, term)
              + " help "
              + words.customers(rng)
              + " "
              + words.verb(rng)
              + " "
              + words.noun(rng)
              + " and "
              + words.noun(rng)
              + ".";
    };
  }

  private String teamSentence(Words.Focus focus, Facts facts, Rng rng) {
    String team =
        facts.teamSize() == null
            ? "the team of " + words.people(rng)
            : "the team of " + facts.teamSize() + " " + words.people(rng);
    String founded =
        facts.foundedYear() == null
            ? "based in " + facts.place().city()
            : "founded in " + facts.foundedYear() + " in " + facts.place().city();
    return founded
        + ", "
        + team
        + " "
        + rng.pick(TEAM_VERBS)
        + " "
        + Words.withArticle(words.adjective(rng) + " " + focus.termAndProduct(rng))
        + ".";
  }

  private String german(Words.Focus focus, Facts facts, Rng rng) {
    int target = rng.between(MIN_WORDS, 70);
    Paragraph text = new Paragraph(true);
    String first = focus.term(rng);
    text.add(
        facts.name()
            + " entwickelt "
            + first
            + " und "
            + focus.otherTerm(rng, first)
            + " für "
            + rng.pick(GERMAN_CUSTOMERS)
            + ".");
    boolean[] used = new boolean[1];
    while (text.words() < target) {
      String term = focus.term(rng);
      text.add(
          switch (kind(rng, 5, 1, used)) {
            case 0 ->
                "das Team "
                    + (facts.teamSize() == null ? "" : "aus " + facts.teamSize() + " Personen ")
                    + "sitzt in "
                    + facts.place().city()
                    + " und arbeitet mit "
                    + rng.between(2, 20)
                    + " Pilotkunden.";
            case 1 ->
                "die Lösung verbindet "
                    + term
                    + " mit "
                    + focus.otherTerm(rng, term)
                    + " und senkt die "
                    + words.any("de-nouns", rng)
                    + " um bis zu "
                    + rng.between(10, 60)
                    + " Prozent.";
            case 2 ->
                "mit "
                    + term
                    + " verbessern "
                    + rng.pick(GERMAN_CUSTOMERS)
                    + " ihre "
                    + words.any("de-nouns", rng)
                    + " und "
                    + words.any("de-nouns", rng)
                    + ".";
            case 3 ->
                "im Unterschied zu bisherigen Verfahren liefert "
                    + term
                    + " verlässliche "
                    + words.any("de-nouns", rng)
                    + " in Echtzeit.";
            default ->
                "die Plattform für "
                    + term
                    + " lässt sich in bestehende "
                    + words.any("de-nouns", rng)
                    + " integrieren.";
          });
    }
    text.trimTo(MAX_WORDS);
    return text.toString();
  }

  private String chinese(Words.Focus focus, Facts facts, Rng rng) {
    int target = rng.between(60, 160);
    String city = CHINESE_CITIES.getOrDefault(facts.place().city(), facts.place().city());
    Paragraph text = new Paragraph(false);
    text.add(
        facts.name()
            + "致力于"
            + focus.primaryTerm(rng)
            + "技术，为"
            + rng.pick(CHINESE_CUSTOMERS)
            + "提供"
            + focus.term(rng)
            + "解决方案。");
    boolean[] used = new boolean[2];
    while (text.words() < target) {
      String term = focus.term(rng);
      text.add(
          switch (kind(rng, 5, 2, used)) {
            case 0 ->
                "团队"
                    + (facts.teamSize() == null ? "" : "共有" + facts.teamSize() + "人，")
                    + "总部位于"
                    + city
                    + "。";
            case 1 -> "目前已与" + rng.between(2, 30) + "家" + rng.pick(CHINESE_CUSTOMERS) + "开展试点合作。";
            case 2 ->
                "公司的"
                    + term
                    + "产品可以帮助"
                    + rng.pick(CHINESE_CUSTOMERS)
                    + "降低"
                    + words.any("zh-nouns", rng)
                    + "、提升"
                    + words.any("zh-nouns", rng)
                    + "。";
            case 3 ->
                term
                    + "与"
                    + focus.otherTerm(rng, term)
                    + "相结合，实现"
                    + words.any("zh-nouns", rng)
                    + "的实时监测。";
            default -> "该方案已通过多家" + rng.pick(CHINESE_CUSTOMERS) + "的验证，" + term + "性能领先。";
          });
    }
    return text.toString();
  }
}
