package dev.startupmatching.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;

/** Sentences collected up to a number of words; not thread-safe. */
final class Paragraph {
  private final List<String> sentences = new ArrayList<>();
  private final List<Integer> lengths = new ArrayList<>();
  private final boolean spaced;
  private int words;

  /**
   * @param spaced whether sentences are separated by a space and words counted at spaces, as in
   *     English and German; Chinese text counts characters and joins sentences directly
   */
  Paragraph(boolean spaced) {
    this.spaced = spaced;
  }

  /** Adds a sentence; the first letter is capitalised. */
  void add(String sentence) {
    String text = Words.capitalize(sentence);
    sentences.add(text);
    int length = spaced ? text.split(" ").length : text.length();
    lengths.add(length);
    words += length;
  }

  /** Words (characters, when not spaced) so far. */
  int words() {
    return words;
  }

  /** Drops the last sentence while the paragraph is longer than {@code max}. */
  void trimTo(int max) {
    while (words > max && sentences.size() > 1) {
      sentences.removeLast();
      words -= lengths.removeLast();
    }
  }

  @Override
  public String toString() {
    return String.join(spaced ? " " : "", sentences);
  }
}
