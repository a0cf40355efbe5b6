package dev.startupmatching.lucene.analysis;

import java.util.Arrays;

/**
 * The words and phrases that need statements use whatever they ask for ("we are looking for", "wir
 * suchen", "我们需要", "cerchiamo", "partner", "employees"), which therefore never count as a match
 * between a need and a profile. They come from a documented list, {@code need-boilerplate.txt}
 * beside this class, in sections by language; docs/ranking.md states the rule by which an entry is
 * admitted. Entries are found as whole words, in any inflection the language's analysis reduces to
 * the entry's ("looking" to "look"), so "Partner" is boilerplate but "Partnerschaftsmodell" is not.
 * Instances are immutable and thread-safe.
 */
public final class NeedBoilerplate {
  private static final String RESOURCE = "need-boilerplate.txt";

  private final PhraseDictionary<Boolean> entries;

  private NeedBoilerplate(PhraseDictionary<Boolean> entries) {
    this.entries = entries;
  }

  /** Reads the list that ships with the library. */
  public static NeedBoilerplate builtIn(LanguageAnalysis analysis) {
    PhraseDictionary<Boolean> entries = new PhraseDictionary<>(analysis);
    String language = null;
    for (ResourceLines.Line line : ResourceLines.of(NeedBoilerplate.class, RESOURCE)) {
      String entry = line.text();
      if (entry.startsWith("[") && entry.endsWith("]")) {
        language = entry.substring(1, entry.length() - 1);
        if (!LanguageDetector.SUPPORTED.contains(language)) {
          throw new IllegalStateException(
              RESOURCE + " line " + line.number() + ": unsupported language '" + language + "'");
        }
      } else if (language == null) {
        throw new IllegalStateException(
            RESOURCE + " line " + line.number() + ": an entry before the first [language] section");
      } else {
        entries.add(language, entry, Boolean.TRUE);
      }
    }
    return new NeedBoilerplate(entries);
  }

  /**
   * Returns the text with the boilerplate of its language, and for a language other than English of
   * English too (needs mix in English words, which are also searched in English), blanked out by
   * spaces, so that every other character keeps its offset.
   */
  public String blankOut(String text, String language) {
    char[] chars = text.toCharArray();
    boolean blanked = blank(chars, text, language);
    if (!language.equals("en")) {
      blanked |= blank(chars, text, "en");
    }
    return blanked ? new String(chars) : text;
  }

  private boolean blank(char[] chars, String text, String language) {
    boolean blanked = false;
    for (PhraseDictionary.Found<Boolean> found : entries.findWholeWords(text, language)) {
      Arrays.fill(chars, found.start(), found.end(), ' ');
      blanked = true;
    }
    return blanked;
  }
}
