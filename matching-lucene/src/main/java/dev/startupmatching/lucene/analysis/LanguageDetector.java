package dev.startupmatching.lucene.analysis;

import com.github.pemistahl.lingua.api.Language;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells which language a text is written in, and which of the supported analyses (English, German,
 * simplified Chinese, Italian) it gets.
 *
 * <p>Scripts decide first, since they are certain: kana make a text Japanese, Hangul Korean, and
 * Han characters Chinese once they are a fifth of its letters (Chinese profiles often hold Latin
 * product names). Texts in Latin or Cyrillic script go to the <a
 * href="https://github.com/pemistahl/lingua">Lingua</a> detector, which is built for short texts,
 * loaded with English, German, Italian, French, Spanish, Portuguese, Dutch and Russian. A text with
 * no letters, or one Lingua cannot tell, is taken for English, the language of most profiles, and
 * the result says so ({@link DetectedLanguage.Basis#NO_CLUE}). English also wins when it is nearly
 * as likely as the best language, since it is the language of most profiles and short English
 * titles full of Latin terms ("tumor suppressor in glioblastoma") otherwise read as Italian.
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are read: a profile or need does not change
 * language, and the cost stays bounded for pasted documents. Lingua loads its models on first use,
 * which takes about a second. Thread-safe and stateless.
 */
public final class LanguageDetector {
  /** The languages this library analyses: English, German, simplified Chinese, Italian. */
  public static final ImmutableList<String> SUPPORTED = ImmutableList.of("en", "de", "zh", "it");

  /** The relative confidence of the second language from which detection is taken as a guess. */
  private static final double NEAR_TIE = 0.99;

  /** The relative confidence from which English wins over a more likely language. */
  private static final double ENGLISH_PRIOR = 0.98;

  /** How many leading characters of a text decide its language. */
  static final int SAMPLE_CHARS = 400;

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("en", "English"),
          Map.entry("de", "German"),
          Map.entry("zh", "Chinese"),
          Map.entry("it", "Italian"),
          Map.entry("fr", "French"),
          Map.entry("es", "Spanish"),
          Map.entry("pt", "Portuguese"),
          Map.entry("nl", "Dutch"),
          Map.entry("ru", "Russian"),
          Map.entry("ja", "Japanese"),
          Map.entry("ko", "Korean"));

  private LanguageDetector() {}

  /** Lingua's detector, built on first use: building it is cheap, loading its models is not. */
  private static final class Lingua {
    static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR =
        com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH,
                Language.GERMAN,
                Language.ITALIAN,
                Language.FRENCH,
                Language.SPANISH,
                Language.PORTUGUESE,
                Language.DUTCH,
                Language.RUSSIAN)
            .build();
  }

  /** Detects the language of a text. */
  public static DetectedLanguage detect(String text) {
    String sample = sample(text);
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    for (int i = 0; i < sample.length(); ) {
      int codePoint = sample.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        letters++;
        switch (Character.UnicodeScript.of(codePoint)) {
          case HAN -> han++;
          case HIRAGANA, KATAKANA -> kana++;
          case HANGUL -> hangul++;
          default -> {}
        }
      }
      i += Character.charCount(codePoint);
    }
    if (letters == 0) {
      return noClue();
    }
    if (kana > 0 && (kana + han) * 5 >= letters) {
      return detected("ja");
    }
    if (hangul >= 2 && hangul * 5 >= letters) {
      return detected("ko");
    }
    if (han >= 2 && han * 5 >= letters) {
      return detected("zh");
    }
    String words = wordsWithClues(sample);
    if (words.isEmpty()) {
      return noClue();
    }
    SortedMap<Language, Double> confidences =
        Lingua.DETECTOR.computeLanguageConfidenceValues(words);
    Language best = confidences.isEmpty() ? Language.UNKNOWN : confidences.firstKey();
    if (best == Language.UNKNOWN) {
      return noClue();
    }
    // Lingua scores the best language 1 and the others relative to it; a near tie is a guess.
    double runnerUp =
        confidences.entrySet().stream()
            .skip(1)
            .mapToDouble(Map.Entry::getValue)
            .findFirst()
            .orElse(0);
    if (runnerUp >= NEAR_TIE) {
      return noClue();
    }
    // Most profiles and needs are English, and a few Latin words make other languages look likely.
    if (confidences.getOrDefault(Language.ENGLISH, 0.0) >= ENGLISH_PRIOR) {
      return detected("en");
    }
    return detected(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
  }

  /**
   * The words of a text that tell a language: without acronyms ("BMW", "ADAS"), words with inner
   * capitals or digits ("SaaS", "IoT", "V2X") and other tokens that read the same in every
   * language, whose letters would make the detector guess.
   */
  static String wordsWithClues(String text) {
    StringBuilder words = new StringBuilder();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      boolean innerCapital = word.substring(1).chars().anyMatch(Character::isUpperCase);
      if (!innerCapital) {
        words.append(words.isEmpty() ? "" : " ").append(word);
      }
    }
    return words.toString();
  }

  /**
   * Returns the language of a text: the stated one when given (its primary subtag, so "de-AT" is
   * German), otherwise the detected one.
   */
  public static DetectedLanguage resolve(String statedLanguage, String text) {
    if (statedLanguage != null && !statedLanguage.isBlank()) {
      String primary = statedLanguage.toLowerCase(Locale.ROOT).split("[-_]")[0];
      if (!primary.isBlank()) {
        return new DetectedLanguage(primary, analysisOf(primary), DetectedLanguage.Basis.STATED);
      }
    }
    return detect(text);
  }

  /** The English name of a language code, or the code itself for a language without one here. */
  public static String displayName(String language) {
    return NAMES.getOrDefault(language, language);
  }

  /** Whether the text has a Chinese (Han) character. */
  public static boolean containsHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String analysisOf(String language) {
    if (SUPPORTED.contains(language)) {
      return language;
    }
    return language.equals("ja") ? "zh" : "en";
  }

  private static DetectedLanguage detected(String language) {
    return new DetectedLanguage(language, analysisOf(language), DetectedLanguage.Basis.DETECTED);
  }

  private static DetectedLanguage noClue() {
    return new DetectedLanguage("en", "en", DetectedLanguage.Basis.NO_CLUE);
  }

  /** The text's first characters, cut at a space so that no word is broken. */
  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int end = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, end > SAMPLE_CHARS / 2 ? end : SAMPLE_CHARS);
  }
}
