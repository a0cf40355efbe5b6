package dev.startupmatching.lucene.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of German compound words after each compound, at its position:
 * "Abonnementverwaltung" also yields "abonnement" and "verwaltung", "Datenplattform" "dat" and
 * "plattform".
 *
 * <p>A word is split only into words of the dictionary, joined by the linking elements of German
 * compounds ("s", "es", "n", "en", "e", "er", "ns"), with the fewest parts. When no such split
 * covers the whole word, only its longest known head (the last part, which names what the compound
 * is: "Küchen|automatisierung") and its longest known first part are added, each leaving at least
 * four letters to the rest, so that no short word is found by chance inside a longer one ("Auto" in
 * "Küchenautomatisierung", "fahr" in "Verfahren"). Unlike Lucene's {@code
 * DictionaryCompoundWordTokenFilter}, which adds every dictionary word found anywhere inside a
 * compound, this keeps "Funk" (radio) out of "Fahrzeugfunktionen".
 *
 * <p>Works on normalised, stemmed terms: the dictionary must hold its words in the same form.
 */
final class GermanCompoundSplitter extends TokenFilter {
  /** Words shorter than this are never split. */
  static final int MIN_COMPOUND = 8;

  /** The shortest part of a compound that the whole word splits into. */
  private static final int MIN_PART = 3;

  /** The shortest part found alone, and the least it must leave to the rest of the word. */
  private static final int MIN_LONE_PART = 4;

  private static final String[] LINKS = {"", "s", "es", "n", "en", "e", "er", "ns"};

  private final CharArraySet dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  private State compound;

  GermanCompoundSplitter(TokenStream input, CharArraySet dictionary) {
    super(input);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restoreState(compound);
      term.setEmpty().append(parts.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= MIN_COMPOUND) {
      List<String> split = split(term.toString(), dictionary);
      if (!split.isEmpty()) {
        parts.addAll(split);
        compound = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    compound = null;
  }

  /**
   * The parts of a word, or none when it is not a compound of the dictionary's words or is itself
   * one of them ("Fahrzeug" is not "fahr" and "Zeug").
   */
  static List<String> split(String word, CharArraySet dictionary) {
    if (dictionary.contains(word)) {
      return List.of();
    }
    List<String> whole = wholeSplit(word, dictionary);
    if (whole.size() >= 2) {
      return whole;
    }
    List<String> found = new ArrayList<>(2);
    char[] chars = word.toCharArray();
    int n = chars.length;
    for (int start = MIN_LONE_PART; start <= n - MIN_LONE_PART; start++) {
      if (dictionary.contains(chars, start, n - start)) {
        found.add(word.substring(start));
        break;
      }
    }
    for (int end = n - MIN_LONE_PART; end >= MIN_LONE_PART; end--) {
      if (dictionary.contains(chars, 0, end)) {
        if (found.isEmpty() || end <= n - found.get(0).length()) {
          found.add(0, word.substring(0, end));
        }
        break;
      }
    }
    return found;
  }

  /**
   * Splits the whole word into the fewest dictionary words with linking elements between them, or
   * returns an empty list. Dynamic programming over the end of each part.
   */
  private static List<String> wholeSplit(String word, CharArraySet dictionary) {
    char[] chars = word.toCharArray();
    int n = chars.length;
    int[] fewest = new int[n + 1];
    int[] partStart = new int[n + 1];
    int[] partEnd = new int[n + 1];
    Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int start = 0; start < n; start++) {
      if (fewest[start] == Integer.MAX_VALUE) {
        continue;
      }
      for (int end = start + MIN_PART; end <= n; end++) {
        if (!dictionary.contains(chars, start, end - start)) {
          continue;
        }
        for (String link : LINKS) {
          int next = end + link.length();
          boolean fits =
              next <= n
                  && word.startsWith(link, end)
                  && (next < n || link.isEmpty())
                  && fewest[start] + 1 < fewest[next];
          if (fits) {
            fewest[next] = fewest[start] + 1;
            partStart[next] = start;
            partEnd[next] = end;
          }
        }
      }
    }
    if (fewest[n] == Integer.MAX_VALUE) {
      return List.of();
    }
    List<String> split = new ArrayList<>(fewest[n]);
    for (int at = n; at > 0; at = partStart[at]) {
      split.add(0, word.substring(partStart[at], partEnd[at]));
    }
    return split;
  }
}
