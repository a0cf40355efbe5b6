package dev.startupmatching.lucene.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The language of a text and the analysis it gets.
 *
 * <p>{@code language} is what the text is written in, as stated or detected: an ISO 639-1 code such
 * as {@code "de"} or {@code "fr"}. {@code analysedAs} is the supported language ({@link
 * LanguageDetector#SUPPORTED}) whose analysis the text gets: the language itself when supported,
 * Chinese for Japanese (whose Han characters it shares), English for any other language (whose
 * technical terms and names often are English). {@code basis} says how the language was found.
 *
 * @param language the text's language code
 * @param analysedAs the supported language the text is analysed in
 * @param basis how the language was found
 */
public record DetectedLanguage(String language, String analysedAs, Basis basis) {
  /** How a text's language was found. */
  public enum Basis {
    /** The record states it. */
    STATED,
    /** Detected from the text. */
    DETECTED,
    /** The text gives no usable clue (no letters, or too few to tell): it is taken for English. */
    NO_CLUE
  }

  /** Validates the codes. */
  public DetectedLanguage {
    checkArgument(language != null && !language.isBlank(), "language must not be blank");
    checkArgument(
        LanguageDetector.SUPPORTED.contains(analysedAs),
        "analysedAs must be one of %s, not '%s'",
        LanguageDetector.SUPPORTED,
        analysedAs);
    checkArgument(basis != null, "basis must not be null");
  }

  /** Whether the text is analysed in its own language rather than in a stand-in. */
  public boolean analysedInItsLanguage() {
    return language.equals(analysedAs);
  }

  /**
   * A short account for explanations and warnings, such as "German", "French, analysed as English"
   * or "no clue to the language, taken for English".
   */
  public String describe() {
    if (basis == Basis.NO_CLUE) {
      return "no clue to the language, taken for English";
    }
    String name = LanguageDetector.displayName(language);
    return analysedInItsLanguage()
        ? name
        : name + ", analysed as " + LanguageDetector.displayName(analysedAs);
  }
}
