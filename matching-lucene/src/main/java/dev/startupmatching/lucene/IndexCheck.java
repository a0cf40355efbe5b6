package dev.startupmatching.lucene;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * What {@link StartupIndex#check} found.
 *
 * @param clean whether Lucene's {@code CheckIndex} found the index intact
 * @param startups how many startups the index holds; 0 unless clean
 * @param metadata the last commit's metadata: layout, analysis, taxonomy, embedding model; empty
 *     when it cannot be read
 * @param problem what is wrong, on one line naming the directory, such as the first damaged segment
 *     and why; empty when clean
 * @param report {@code CheckIndex}'s report, for a person to read when the index is not clean
 */
public record IndexCheck(
    boolean clean, int startups, Map<String, String> metadata, String problem, String report) {
  /** Copies the metadata. */
  public IndexCheck {
    metadata = ImmutableMap.copyOf(metadata);
  }
}
