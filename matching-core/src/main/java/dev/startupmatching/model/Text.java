package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Validation and normalisation shared by the value types. */
final class Text {
  private Text() {}

  /**
   * An id: stripped, not blank, and following the {@link Ids} rule, so that it is one word on one
   * line in every output format.
   */
  static String requireId(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    String trimmed = value.strip();
    checkArgument(!trimmed.isEmpty(), "%s must not be blank", field);
    return Ids.check(field, trimmed);
  }

  /** A name, at most {@link Startup#MAX_SHORT_TEXT_LENGTH} characters. */
  static String requireNonBlank(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s must not be blank", field);
    return limited(field, value.strip(), Startup.MAX_SHORT_TEXT_LENGTH);
  }

  /** A text of at most {@code maxLength} characters, possibly empty. */
  static String requireNonNull(String field, String value, int maxLength) {
    checkArgument(value != null, "%s must not be null", field);
    return limited(field, value.strip(), maxLength);
  }

  /**
   * Returns null for null or blank input, otherwise the stripped text, at most {@link
   * Startup#MAX_SHORT_TEXT_LENGTH} characters.
   */
  static String blankToNull(String field, String value) {
    return value == null || value.isBlank()
        ? null
        : limited(field, value.strip(), Startup.MAX_SHORT_TEXT_LENGTH);
  }

  private static String limited(String field, String value, int maxLength) {
    checkArgument(
        value.length() <= maxLength,
        "%s must be at most %s characters but has %s",
        field,
        maxLength,
        value.length());
    return value;
  }

  static ImmutableSet<String> nonBlankSet(String field, Iterable<String> values) {
    return nonBlankSet(field, values, Startup.MAX_SHORT_TEXT_LENGTH, false);
  }

  /**
   * A set of ids of other records, such as the technology areas a startup names: like {@link
   * #nonBlankSet}, but each value also follows the {@link Ids} rule's characters, since it stands
   * for an id and is written where ids are.
   *
   * @param maxLength the longest value accepted, in characters
   */
  static ImmutableSet<String> idSet(String field, Iterable<String> values, int maxLength) {
    return nonBlankSet(field, values, maxLength, true);
  }

  private static ImmutableSet<String> nonBlankSet(
      String field, Iterable<String> values, int maxLength, boolean ids) {
    checkArgument(values != null, "%s must not be null", field);
    ImmutableSet.Builder<String> result = ImmutableSet.builder();
    int number = 0;
    for (String value : values) {
      number++;
      checkArgument(value != null && !value.isBlank(), "%s must not contain blank values", field);
      String stripped = limited(field, value.strip(), maxLength);
      Ids.Forbidden forbidden = ids ? Ids.firstForbidden(stripped) : null;
      if (forbidden != null) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s must not contain whitespace or control characters but value %d has U+%04X at"
                    + " character %d",
                field,
                number,
                forbidden.codePoint(),
                forbidden.position()));
      }
      result.add(stripped);
    }
    return result.build();
  }

  static ImmutableSet<String> languageSet(String field, Iterable<String> values) {
    ImmutableSet.Builder<String> result = ImmutableSet.builder();
    for (String value : nonBlankSet(field, values)) {
      result.add(requireLanguage(field, value));
    }
    return result.build();
  }

  static String requireLanguage(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    String code = value.strip().toLowerCase(Locale.ROOT);
    checkArgument(
        code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*"),
        "%s must be a language code such as 'en', 'de' or 'zh' but was '%s'",
        field,
        value);
    return code;
  }
}
