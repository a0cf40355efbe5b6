package dev.startupmatching.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A place where a text mentions a technology area: the area, the characters {@code [start, end)} of
 * the text that name it, those characters, and the language of the name that matched.
 *
 * @param areaId the id of the mentioned area
 * @param start the offset of the first character, for highlighting
 * @param end the offset after the last character
 * @param text the mention as written, {@code text.substring(start, end)}
 * @param language the code of the language whose name matched, such as {@code "de"}
 */
public record ConceptMention(String areaId, int start, int end, String text, String language) {
  /** Checks the offsets. */
  public ConceptMention {
    checkArgument(areaId != null && text != null && language != null, "no attribute may be null");
    checkArgument(
        0 <= start && start < end, "expected 0 <= start < end but was [%s, %s)", start, end);
  }
}
