package dev.startupmatching.lucene.analysis;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds known phrases in a text, in the language of the phrases: the names of technology areas, or
 * the words of a lexicon. Both the phrases and the text go through the language's phrase analyzer,
 * so "batteries" finds "battery", "Internet-of-Things" finds "Internet of Things", and the parts of
 * a German compound are found too ("Batterietechnologie" finds "Batterie"). Chinese phrases are
 * found as character sequences, whatever the word segmentation. At each place the longest phrase
 * wins and found phrases never overlap. Instances are immutable and thread-safe once built.
 *
 * @param <V> what a phrase stands for, such as an area id
 */
public final class PhraseDictionary<V> {
  /** A phrase found in a text: what it stands for, where it is, and the language matched. */
  public record Found<V>(List<V> values, int start, int end, String language) {}

  private record Token(String term, int start, int end) {}

  private final LanguageAnalysis analysis;

  /** By language: analysed phrase (terms joined by a space) to what it stands for. */
  private final Map<String, Map<String, List<V>>> phrases = new HashMap<>();

  /** By language: the most terms in one phrase, which bounds the search at each place. */
  private final Map<String, Integer> longest = new HashMap<>();

  /** An empty dictionary whose phrases are analysed as {@code analysis} analyses search text. */
  public PhraseDictionary(LanguageAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Adds a phrase of a language; a phrase may stand for several values. */
  public void add(String language, String phrase, V value) {
    List<String> terms = terms(language, phrase);
    if (terms.isEmpty()) {
      return;
    }
    phrases
        .computeIfAbsent(language, l -> new HashMap<>())
        .computeIfAbsent(String.join(" ", terms), k -> new ArrayList<>(1))
        .add(value);
    longest.merge(language, terms.size(), Math::max);
  }

  /**
   * Finds this dictionary's phrases of one language in the text, left to right, also as parts of
   * compounds.
   */
  public List<Found<V>> find(String text, String language) {
    return find(text, language, true);
  }

  /**
   * Finds this dictionary's phrases of one language in the text, left to right, as whole words
   * only: "Partner" is not found in "Partnerschaftsmodell".
   */
  List<Found<V>> findWholeWords(String text, String language) {
    return find(text, language, false);
  }

  private List<Found<V>> find(String text, String language, boolean inCompounds) {
    Map<String, List<V>> known = phrases.get(language);
    if (known == null) {
      return List.of();
    }
    List<Token> tokens = tokens(language, text, inCompounds);
    int maxLength = longest.get(language);
    List<Found<V>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int length = Math.min(maxLength, tokens.size() - i); length >= 1; length--) {
        StringBuilder key = new StringBuilder(tokens.get(i).term());
        for (int j = i + 1; j < i + length; j++) {
          key.append(' ').append(tokens.get(j).term());
        }
        List<V> values = known.get(key.toString());
        if (values != null) {
          found.add(
              new Found<>(
                  values, tokens.get(i).start(), tokens.get(i + length - 1).end(), language));
          matched = length;
          break;
        }
      }
      i += Math.max(matched, 1);
    }
    return found;
  }

  /**
   * Returns what the text says as phrase terms with their offsets, with or without the parts of
   * compounds that analysis adds after them. Chinese becomes one "term" per character, so that
   * phrases match as character sequences whatever the word segmentation.
   */
  private List<Token> tokens(String language, String text, boolean withParts) {
    if (language.equals("zh")) {
      List<Token> characters = new ArrayList<>(text.length());
      String lower = text.toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); ) {
        int codePoint = lower.codePointAt(i);
        int next = i + Character.charCount(codePoint);
        if (!Character.isWhitespace(codePoint)) {
          characters.add(new Token(lower.substring(i, next), i, next));
        }
        i = next;
      }
      return characters;
    }
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analysis.phrases(language).tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (withParts || position.getPositionIncrement() > 0) {
          tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /**
   * A phrase's terms, without the parts of its compounds: "Fahrzeuginsassen" is the one term a text
   * must hold, whose parts the text's analysis yields after it.
   */
  private List<String> terms(String language, String phrase) {
    return tokens(language, phrase, false).stream().map(Token::term).toList();
  }

  /**
   * Keeps the longest of overlapping finds (then the earliest), in text order. Two finds overlap
   * when they share a character; an empty find overlaps only a find that holds its offset strictly
   * inside. Of finds that tie on length and start, the first in the list is kept.
   *
   * <p>Takes O(n log n) time for n finds, so that a long text with many finds stays cheap: the kept
   * non-empty finds never overlap, so sorted by start they are sorted by end too, and a candidate
   * can only overlap the kept find starting at or before it or the one starting after it.
   */
  static <V> ImmutableList<Found<V>> withoutOverlaps(List<Found<V>> found) {
    List<Found<V>> byLength = new ArrayList<>(found);
    byLength.sort(
        Comparator.comparingInt((Found<V> f) -> f.start() - f.end())
            .thenComparingInt(Found::start));
    List<Found<V>> kept = new ArrayList<>();
    // The kept non-empty finds by start. Empty finds come last in byLength and overlap no other
    // empty find, so they are checked against this map but need not be added to it.
    TreeMap<Integer, Found<V>> keptByStart = new TreeMap<>();
    for (Found<V> candidate : byLength) {
      Map.Entry<Integer, Found<V>> before = keptByStart.floorEntry(candidate.start());
      Map.Entry<Integer, Found<V>> after = keptByStart.higherEntry(candidate.start());
      boolean overlaps =
          (before != null && overlap(before.getValue(), candidate))
              || (after != null && overlap(after.getValue(), candidate));
      if (!overlaps) {
        kept.add(candidate);
        if (candidate.start() < candidate.end()) {
          keptByStart.put(candidate.start(), candidate);
        }
      }
    }
    // Stable, so that finds with the same start keep the order in which they were kept.
    kept.sort(Comparator.comparingInt(Found::start));
    return ImmutableList.copyOf(kept);
  }

  private static boolean overlap(Found<?> a, Found<?> b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
