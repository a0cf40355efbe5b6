package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which of the supported languages a text is written in: English, German, simplified Chinese
 * or Italian.
 *
 * <p>Chinese is recognised by its script. Among the others, the language whose most frequent
 * function words ("the", "der", "il", ...) and letters ("ß", "è") the text uses most wins; a text
 * with no such clue is taken for English, the language of most profiles. Profiles and needs are
 * short, so this beats statistical detectors tuned for long documents and needs no model.
 * Thread-safe and stateless.
 */
public final class LanguageDetector {
  /** The languages this library analyses: English, German, simplified Chinese, Italian. */
  public static final ImmutableList<String> SUPPORTED = ImmutableList.of("en", "de", "zh", "it");

  private static final ImmutableMap<String, ImmutableSet<String>> FUNCTION_WORDS =
      ImmutableMap.of(
          "en",
          ImmutableSet.of(
              "the", "and", "of", "to", "for", "with", "that", "is", "are", "we", "our", "on", "by",
              "from", "as", "this", "be", "an", "or", "it", "at", "which", "their", "you", "can",
              "will", "have", "who", "looking", "need"),
          "de",
          ImmutableSet.of(
              "der", "die", "das", "und", "für", "mit", "von", "zu", "den", "dem", "des", "ein",
              "eine", "einen", "ist", "sind", "wir", "unser", "unsere", "auf", "im", "nicht",
              "sich", "auch", "oder", "bei", "nach", "wie", "werden", "wird", "suchen", "sowie"),
          "it",
          ImmutableSet.of(
              "il",
              "lo",
              "la",
              "gli",
              "le",
              "di",
              "da",
              "con",
              "su",
              "per",
              "tra",
              "che",
              "un",
              "una",
              "del",
              "della",
              "dei",
              "delle",
              "al",
              "alla",
              "sono",
              "è",
              "noi",
              "nostro",
              "nostra",
              "non",
              "come",
              "anche",
              "più",
              "cerchiamo",
              "nel",
              "nella"));

  private LanguageDetector() {}

  /**
   * Returns the code of the text's language: {@code "en"}, {@code "de"}, {@code "zh"} or {@code
   * "it"}.
   */
  public static String detect(String text) {
    int letters = 0;
    int han = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        letters++;
        if (isHan(codePoint)) {
          han++;
        }
      }
      i += Character.charCount(codePoint);
    }
    // Chinese profiles often hold Latin product names; a fifth of the letters being Han is enough.
    if (han >= 2 && han * 5 >= letters) {
      return "zh";
    }
    Map<String, Integer> scores = new java.util.HashMap<>(Map.of("en", 0, "de", 0, "it", 0));
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      FUNCTION_WORDS.forEach(
          (language, words) -> {
            if (words.contains(word)) {
              scores.merge(language, 1, Integer::sum);
            }
          });
    }
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case 'ä', 'ö', 'ü', 'ß' -> scores.merge("de", 1, Integer::sum);
        case 'à', 'è', 'é', 'ì', 'ò', 'ù' -> scores.merge("it", 1, Integer::sum);
        default -> {}
      }
    }
    String best = "en";
    for (String language : SUPPORTED) {
      if (scores.getOrDefault(language, 0) > scores.get(best)) {
        best = language;
      }
    }
    return best;
  }

  /** Whether the text has a Chinese (Han) character. */
  static boolean containsHan(String text) {
    return text.codePoints().anyMatch(LanguageDetector::isHan);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * Returns the language to analyse a text in: the stated one when this library supports it,
   * otherwise the detected one.
   */
  static String resolve(String statedLanguage, String text) {
    if (statedLanguage != null) {
      String primary = statedLanguage.toLowerCase(Locale.ROOT).split("-")[0];
      if (SUPPORTED.contains(primary)) {
        return primary;
      }
    }
    return detect(text);
  }
}
