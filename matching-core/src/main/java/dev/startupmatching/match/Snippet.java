package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A passage of a startup's text with the words that matched the need marked, for display.
 *
 * <p>Highlights are character ranges of {@link #text}, in order and not overlapping, so a portal
 * can render them in its own markup; {@link #marked} renders them with brackets. Instances are
 * immutable and thread-safe.
 */
public final class Snippet {
  private final String text;
  private final ImmutableList<Highlight> highlights;

  /**
   * A highlighted range of a snippet's text.
   *
   * @param start the first character, inclusive
   * @param end the last character, exclusive
   */
  public record Highlight(int start, int end) {
    /** Checks the range. */
    public Highlight {
      checkArgument(0 <= start && start < end, "bad highlight [%s, %s)", start, end);
    }
  }

  private Snippet(String text, ImmutableList<Highlight> highlights) {
    this.text = text;
    this.highlights = highlights;
  }

  /**
   * Returns a snippet.
   *
   * @param highlights ranges inside the text, in order and not overlapping
   */
  public static Snippet of(String text, List<Highlight> highlights) {
    checkArgument(text != null, "text must not be null");
    int previousEnd = 0;
    for (Highlight highlight : highlights) {
      checkArgument(
          highlight.start() >= previousEnd && highlight.end() <= text.length(),
          "highlight [%s, %s) overlaps another or lies outside a text of %s characters",
          highlight.start(),
          highlight.end(),
          text.length());
      previousEnd = highlight.end();
    }
    return new Snippet(text, ImmutableList.copyOf(highlights));
  }

  /** The passage. */
  public String text() {
    return text;
  }

  /** The highlighted ranges, in order. */
  public List<Highlight> highlights() {
    return highlights;
  }

  /** The text with each highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Highlight highlight : highlights) {
      out.append(text, at, highlight.start())
          .append(open)
          .append(text, highlight.start(), highlight.end())
          .append(close);
      at = highlight.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Snippet that
        && text.equals(that.text)
        && highlights.equals(that.highlights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, highlights);
  }

  /** The text with highlights in square brackets. */
  @Override
  public String toString() {
    return marked("[", "]");
  }
}
