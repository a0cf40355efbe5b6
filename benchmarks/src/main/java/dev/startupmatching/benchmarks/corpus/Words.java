package dev.startupmatching.benchmarks.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;

/**
 * Draws words from a {@link Vocabulary} with Zipf-like frequencies, and the terms of a record's
 * technology areas weighted by how much each area is the record's focus. Immutable and thread-safe.
 */
final class Words {
  /** Zipf exponent of general words: close to natural text. */
  private static final double WORD_EXPONENT = 1.0;

  /** Zipf exponent of an area's terms: its first terms dominate, as an area's key words do. */
  private static final double TERM_EXPONENT = 1.1;

  private final Vocabulary vocabulary;
  private final Ranked<String> nouns;
  private final Ranked<String> verbs;
  private final Ranked<String> adjectives;
  private final Ranked<String> customers;
  private final Ranked<String> people;
  private final ImmutableMap<String, Ranked<String>> terms;
  private final ImmutableMap<String, Ranked<String>> foreignTerms;

  Words(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.nouns = Ranked.of(vocabulary.words("nouns"), WORD_EXPONENT);
    this.verbs = Ranked.of(vocabulary.words("verbs"), WORD_EXPONENT);
    this.adjectives = Ranked.of(vocabulary.words("adjectives"), WORD_EXPONENT);
    this.customers = Ranked.of(vocabulary.words("customers"), WORD_EXPONENT);
    this.people = Ranked.of(vocabulary.words("people"), WORD_EXPONENT);
    ImmutableMap.Builder<String, Ranked<String>> english = ImmutableMap.builder();
    ImmutableMap.Builder<String, Ranked<String>> foreign = ImmutableMap.builder();
    for (Vocabulary.Area area : vocabulary.areas().values()) {
      english.put(area.id(), Ranked.of(area.terms(), TERM_EXPONENT));
      area.foreignTerms()
          .forEach(
              (language, list) ->
                  foreign.put(language + ":" + area.id(), Ranked.of(list, TERM_EXPONENT)));
    }
    this.terms = english.build();
    this.foreignTerms = foreign.build();
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  String noun(Rng rng) {
    return nouns.draw(rng);
  }

  String verb(Rng rng) {
    return verbs.draw(rng);
  }

  /** A verb in the third person singular: "reduces", "supports". */
  String verbs(Rng rng) {
    return thirdPerson(verb(rng));
  }

  String adjective(Rng rng) {
    return adjectives.draw(rng);
  }

  String customers(Rng rng) {
    return customers.draw(rng);
  }

  String people(Rng rng) {
    return people.draw(rng);
  }

  /** A word of a section of the vocabulary, drawn uniformly. */
  String any(String section, Rng rng) {
    return rng.pick(vocabulary.words(section));
  }

  /** The focus of one record: its areas, each weighted, and the language it is written in. */
  Focus focus(List<Vocabulary.Area> areas, String language) {
    return new Focus(ImmutableList.copyOf(areas), language);
  }

  /** What a record is about: its terms come from its areas, the first area the most. */
  final class Focus {
    private final ImmutableList<Vocabulary.Area> areas;
    private final String language;

    private Focus(ImmutableList<Vocabulary.Area> areas, String language) {
      this.areas = areas;
      this.language = language;
    }

    Vocabulary.Area primary() {
      return areas.get(0);
    }

    /**
     * An area: the first with probability 0.6 (or all of it alone), the rest sharing the others.
     */
    Vocabulary.Area area(Rng rng) {
      if (areas.size() == 1 || rng.chance(0.6)) {
        return areas.get(0);
      }
      return areas.get(1 + rng.nextInt(areas.size() - 1));
    }

    /**
     * A term of one of the areas; in German or Chinese mostly in that language when the area has
     * terms in it, otherwise in English, as such profiles often are.
     */
    String term(Rng rng) {
      return termOf(area(rng), rng);
    }

    private String termOf(Vocabulary.Area area, Rng rng) {
      Ranked<String> local = foreignTerms.get(language + ":" + area.id());
      return local != null && rng.chance(0.75) ? local.draw(rng) : terms.get(area.id()).draw(rng);
    }

    /** A term of one of the areas other than {@code other}, if a few draws find one. */
    String otherTerm(Rng rng, String other) {
      String term = term(rng);
      for (int attempt = 0; attempt < 4 && term.equals(other); attempt++) {
        term = term(rng);
      }
      return term;
    }

    /** A term of the main area, in the record's language where it has terms in it. */
    String primaryTerm(Rng rng) {
      return termOf(primary(), rng);
    }

    /** A product noun of the primary area: "sensor", "platform". */
    String product(Rng rng) {
      return rng.pick(primary().products());
    }

    /**
     * A term followed by a product noun, "lidar sensor", or the term alone where it already names
     * the product, "industrial robot".
     */
    String termAndProduct(Rng rng) {
      String term = term(rng);
      String product = product(rng);
      return (" " + term + " ").contains(" " + product + " ") ? term : term + " " + product;
    }
  }

  static String thirdPerson(String verb) {
    if (verb.endsWith("y") && !verb.endsWith("ay") && !verb.endsWith("ey")) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    if (verb.endsWith("s")
        || verb.endsWith("sh")
        || verb.endsWith("ch")
        || verb.endsWith("x")
        || verb.endsWith("z")
        || verb.endsWith("o")) {
      return verb + "es";
    }
    return verb + "s";
  }

  /** "a" or "an" followed by the phrase. */
  static String withArticle(String phrase) {
    char first = Character.toLowerCase(phrase.charAt(0));
    return ("aeio".indexOf(first) >= 0 ? "an " : "a ") + phrase;
  }

  static String capitalize(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
