package dev.startupmatching.lucene.explanation;

import dev.startupmatching.match.Snippet;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the passage of a profile that matches the most distinct terms of a need, and marks them.
 *
 * <p>The profile is analysed as it was indexed, so a highlight is exactly a word whose indexed term
 * the need matched ("batteries" for the need's "battery").
 */
public final class Snippets {
  /** The length a snippet aims at, in characters; a little more to end on a word. */
  static final int LENGTH = 200;

  /** Context kept before the first highlighted word, in characters at most. */
  private static final int LEAD = 40;

  private final Analyzer indexAnalyzer;

  /** Snippets that find matched terms as the index analyses each field. */
  public Snippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  private record Token(int start, int end, String term) {}

  /**
   * Returns the snippet of a startup's one-liner and description.
   *
   * @param field the text field whose analysis applies (the profile language's)
   * @param terms the indexed terms of that field the need matched
   */
  public Snippet snippet(Startup startup, String field, Set<String> terms) {
    String text =
        startup.oneLiner().isEmpty()
            ? startup.description()
            : startup.oneLiner() + " " + startup.description();
    List<Token> hits = new ArrayList<>();
    int previousEnd = 0;
    for (Token token : tokens(text, field)) {
      // Compound parts share their word's offsets: one highlight per stretch of text.
      if (terms.contains(token.term()) && token.start() >= previousEnd) {
        hits.add(token);
        previousEnd = token.end();
      }
    }
    int anchor = bestWindowStart(hits);
    int start = anchor <= LEAD ? 0 : wordStart(text, anchor - LEAD);
    int end = Math.min(text.length(), wordEnd(text, start + LENGTH));
    String prefix = start > 0 ? "…" : "";
    String suffix = end < text.length() ? "…" : "";
    List<Snippet.Highlight> highlights = new ArrayList<>();
    for (Token hit : hits) {
      if (hit.start() >= start && hit.end() <= end) {
        int offset = prefix.length() - start;
        highlights.add(new Snippet.Highlight(hit.start() + offset, hit.end() + offset));
      }
    }
    return Snippet.of(prefix + text.substring(start, end) + suffix, highlights);
  }

  /** The start of the window of {@link #LENGTH} characters with the most distinct hit terms. */
  private static int bestWindowStart(List<Token> hits) {
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < hits.size(); i++) {
      Set<String> distinct = new HashSet<>();
      for (int j = i; j < hits.size() && hits.get(j).end() - hits.get(i).start() <= LENGTH; j++) {
        distinct.add(hits.get(j).term());
      }
      if (distinct.size() > bestCount) {
        bestCount = distinct.size();
        best = hits.get(i).start();
      }
    }
    return best;
  }

  /** The start of the word at or after {@code at}. */
  private static int wordStart(String text, int at) {
    int i = at;
    while (i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return Math.min(i, text.length());
  }

  /** The end of the word at {@code at}, or {@code at} when the text is cut mid-word otherwise. */
  private static int wordEnd(String text, int at) {
    int i = at;
    while (i < text.length() && i < at + 20 && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private List<Token> tokens(String text, String field) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = indexAnalyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(offset.startOffset(), offset.endOffset(), term.toString()));
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String performs no I/O.
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
